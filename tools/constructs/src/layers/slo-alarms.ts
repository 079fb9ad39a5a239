import { CloudwatchCompositeAlarm } from '@cdktn/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchMetricAlarm } from '@cdktn/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct } from '../cdktn';
import { stratumStackOf } from './stack-of';

/** A CloudWatch metric counted per period (summed). */
export interface CloudWatchCounter {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
}

/** An SLI in CloudWatch terms: bad (or good) events and all events. Give exactly one of `good` and `bad`. */
export interface CloudWatchIndicator {
  readonly good?: CloudWatchCounter;
  readonly bad?: CloudWatchCounter;
  readonly total: CloudWatchCounter;
}

/** One burn-rate condition (`cloudWatchAlarmPlan` in @stratum/slo builds these from slo.yaml). */
export interface SloBurnWindow {
  readonly key: string;
  readonly severity: 'page' | 'ticket';
  readonly burnRate: number;
  /** Error ratio at which it fires: `burnRate × (1 - target)`. */
  readonly errorRatioThreshold: number;
  readonly inclusive: boolean;
  readonly longWindowSeconds: number;
  readonly shortWindowSeconds: number;
}

/** One SLO as the alarms need it (`cloudWatchAlarmPlan(readSloFile(...))` from @stratum/slo). */
export interface SloAlarmObjective {
  readonly name: string;
  readonly displayName: string;
  /** The SLI's name: the key of its CloudWatch metrics in `indicators`. */
  readonly indicator: string;
  readonly target: number;
  readonly windows: readonly SloBurnWindow[];
}

export interface SloAlarmsProps {
  /** Where `page` conditions notify (`SharedObservability.alarmTopicArn`). */
  readonly alarmTopicArn: string;
  /** Where `ticket` conditions notify. @default alarmTopicArn */
  readonly ticketTopicArn?: string;
  readonly objectives: readonly SloAlarmObjective[];
  /** CloudWatch metrics of each SLI, by SLI name (e.g. `albRequestIndicator(...)`). */
  readonly indicators: Readonly<Record<string, CloudWatchIndicator>>;
}

/** CloudWatch keeps an alarm's period at most a day; longer windows are evaluated as whole days (see below). */
const MAX_PERIOD = 86_400;

/**
 * Multi-window, multi-burn-rate SLO alarms (SRE workbook): per SLO and condition, a metric-math alarm on the error
 * ratio over the long window and one over the short window (no actions), and a composite alarm
 * `ALARM(long) AND ALARM(short)` that notifies the page or ticket topic. A window longer than a day is evaluated
 * as N daily ratios that must all breach (the 3d/1x condition fires when each of the last three days burned at
 * 1x or more). On the moto emulator (`env.endpoint` set), which has no composite alarms, the long-window alarm
 * notifies instead.
 */
export class SloAlarms extends Construct {
  /** Names of the alarms that notify (composite alarms; long-window alarms on the emulator). */
  readonly alarmNames: string[] = [];
  readonly alarmArns: string[] = [];

  constructor(scope: Construct, id: string, props: SloAlarmsProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const emulated = Boolean(stack.ctx.env.endpoint);
    const { alarmTopicArn, ticketTopicArn = alarmTopicArn, objectives, indicators } = props;
    if (objectives.length === 0)
      throw new Error(`${this.node.path}: no SLOs given; pass objectives from slo.yaml.`);
    const where = `${stack.ctx.project.name}, ${stack.ctx.env.name}`;
    const nameOf = (base: string, span?: string) =>
      stack.names.resource(`${id}-${base}${span ? `-${span}` : ''}`, 255);
    for (const slo of objectives) {
      const indicator = indicators[slo.indicator];
      if (!indicator) {
        throw new Error(
          `${this.node.path}: SLO "${slo.name}" uses SLI "${slo.indicator}", which has no CloudWatch metrics; ` +
            `add indicators["${slo.indicator}"] (known: ${Object.keys(indicators).join(', ') || 'none'}).`,
        );
      }
      if ((indicator.good === undefined) === (indicator.bad === undefined)) {
        throw new Error(
          `${this.node.path}: indicators["${slo.indicator}"] must give exactly one of good and bad.`,
        );
      }
      for (const w of slo.windows) {
        const base = `${slo.name}-${w.key}`;
        const topic = w.severity === 'page' ? alarmTopicArn : ticketTopicArn;
        const summary = `${slo.displayName}: error budget burning at ${w.burnRate}x`;
        const ratioAlarm = (span: 'long' | 'short', seconds: number, notify: boolean) =>
          new CloudwatchMetricAlarm(this, `${base}-${span}`, {
            alarmName: nameOf(base, span),
            alarmDescription: `${summary}: error ratio over ${formatWindow(seconds)} (${span} window; ${where})`,
            comparisonOperator: w.inclusive ? 'GreaterThanOrEqualToThreshold' : 'GreaterThanThreshold',
            threshold: w.errorRatioThreshold,
            ...evaluation(seconds),
            metricQuery: errorRatioQueries(indicator, period(seconds)),
            // No traffic spends no budget.
            treatMissingData: 'notBreaching',
            ...(notify ? { alarmActions: [topic], okActions: [topic] } : {}),
          });
        const long = ratioAlarm('long', w.longWindowSeconds, emulated);
        const short = ratioAlarm('short', w.shortWindowSeconds, false);
        if (emulated) {
          this.alarmNames.push(nameOf(base, 'long'));
          this.alarmArns.push(long.arn);
          continue;
        }
        const composite = new CloudwatchCompositeAlarm(this, base, {
          alarmName: nameOf(base),
          alarmDescription:
            `${summary} over ${formatWindow(w.longWindowSeconds)} and ${formatWindow(w.shortWindowSeconds)} ` +
            `(${w.severity}; objective ${slo.target}; ${where})`,
          alarmRule: `ALARM("${long.alarmName}") AND ALARM("${short.alarmName}")`,
          alarmActions: [topic],
          okActions: [topic],
        });
        this.alarmNames.push(nameOf(base));
        this.alarmArns.push(composite.arn);
      }
    }
  }
}

/** ALB target requests as an SLI: 5xx responses from the targets are bad, every request counts. */
export function albRequestIndicator(target: {
  /** `EcsPlatform.albArnSuffix`. */
  readonly loadBalancerArnSuffix: string;
  /** `EcsService.targetGroupArnSuffix`. */
  readonly targetGroupArnSuffix: string;
}): CloudWatchIndicator {
  const dimensions = { LoadBalancer: target.loadBalancerArnSuffix, TargetGroup: target.targetGroupArnSuffix };
  return {
    bad: { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', dimensions },
    total: { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions },
  };
}

function period(windowSeconds: number): number {
  const days = Math.ceil(windowSeconds / MAX_PERIOD);
  const p = windowSeconds / days;
  if (!Number.isInteger(p) || p % 60 !== 0) {
    throw new Error(
      `An SLO window of ${windowSeconds}s cannot be split into whole-minute periods of at most a day.`,
    );
  }
  return p;
}

function evaluation(windowSeconds: number): { evaluationPeriods: number; datapointsToAlarm: number } {
  const n = windowSeconds / period(windowSeconds);
  return { evaluationPeriods: n, datapointsToAlarm: n };
}

function errorRatioQueries(indicator: CloudWatchIndicator, seconds: number) {
  const stat = (id: string, m: CloudWatchCounter) => ({
    id,
    returnData: false,
    metric: {
      namespace: m.namespace,
      metricName: m.metricName,
      dimensions: { ...m.dimensions },
      stat: 'Sum',
      period: seconds,
    },
  });
  const expression = indicator.bad ? 'FILL(bad, 0) / total' : '1 - FILL(good, 0) / total';
  return [
    indicator.bad ? stat('bad', indicator.bad) : stat('good', indicator.good!),
    stat('total', indicator.total),
    { id: 'error_ratio', expression, label: 'Error ratio', returnData: true },
  ];
}

function formatWindow(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
  ] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}
