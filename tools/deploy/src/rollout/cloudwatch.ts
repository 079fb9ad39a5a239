import type { HealthCheck, HealthProblem } from './health';
import { signV4, type AwsCredentials } from './sigv4';

/** Terraform resource types whose `alarm_name` a bake watches. */
const ALARM_TYPES = ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm'] as const;
/** DescribeAlarms takes at most 100 names per call. */
const PAGE = 100;
const TARGET = 'GraniteServiceVersion20100801';

/**
 * The alarm names a synthesized `cdk.tf.json` creates, in order. Names computed by Terraform (`${...}`) are
 * unknown before apply and left out.
 */
export function alarmNamesOf(cdkTfJson: string): string[] {
  const parsed = JSON.parse(cdkTfJson) as {
    resource?: Record<string, Record<string, { alarm_name?: unknown }>>;
  };
  const names: string[] = [];
  for (const type of ALARM_TYPES) {
    for (const resource of Object.values(parsed.resource?.[type] ?? {})) {
      const name = resource.alarm_name;
      if (typeof name === 'string' && !name.includes('${')) names.push(name);
    }
  }
  return names;
}

export interface CloudWatchAlarmCheckOptions {
  readonly region: string;
  readonly alarmNames: readonly string[];
  /** One URL for every AWS API (the emulator); unset: `https://monitoring.<region>.amazonaws.com`. */
  readonly endpoint?: string;
  readonly credentials: AwsCredentials;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** @default () => new Date() */
  readonly now?: () => Date;
}

interface AlarmState {
  readonly AlarmName: string;
  readonly StateValue?: string;
  readonly StateReason?: string;
}

/** Unhealthy when any of the named alarms (a region's monitoring stacks) is in state ALARM. */
export class CloudWatchAlarmCheck implements HealthCheck {
  readonly name = 'cloudwatch-alarms';
  readonly description: string;
  readonly #url: URL;

  constructor(private readonly o: CloudWatchAlarmCheckOptions) {
    this.description = `${o.alarmNames.length} CloudWatch alarm(s) in ${o.region}`;
    this.#url = new URL(o.endpoint ?? `https://monitoring.${o.region}.amazonaws.com/`);
  }

  async check(signal?: AbortSignal): Promise<HealthProblem[]> {
    const problems: HealthProblem[] = [];
    for (let i = 0; i < this.o.alarmNames.length; i += PAGE) {
      for (const alarm of await this.describe(this.o.alarmNames.slice(i, i + PAGE), signal)) {
        if (alarm.StateValue !== 'ALARM') continue;
        problems.push({
          check: this.name,
          subject: `CloudWatch alarm ${alarm.AlarmName} (${this.o.region})`,
          detail: `in state ALARM${alarm.StateReason ? `: ${alarm.StateReason}` : ''}`,
        });
      }
    }
    return problems;
  }

  private async describe(names: readonly string[], signal?: AbortSignal): Promise<AlarmState[]> {
    const body = JSON.stringify({ AlarmNames: names, AlarmTypes: ['MetricAlarm', 'CompositeAlarm'] });
    const headers = signV4({
      method: 'POST',
      url: this.#url,
      service: 'monitoring',
      region: this.o.region,
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `${TARGET}.DescribeAlarms` },
      body,
      credentials: this.o.credentials,
      at: this.o.now?.() ?? new Date(),
    });
    const doFetch = this.o.fetch ?? fetch;
    const response = await doFetch(this.#url, {
      method: 'POST',
      headers,
      body,
      ...(signal ? { signal } : {}),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(
        `CloudWatch DescribeAlarms at ${this.#url.origin} answered HTTP ${response.status}: ${text.slice(0, 300)}`,
      );
    }
    const out = JSON.parse(text) as { MetricAlarms?: AlarmState[]; CompositeAlarms?: AlarmState[] };
    return [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])];
  }
}
