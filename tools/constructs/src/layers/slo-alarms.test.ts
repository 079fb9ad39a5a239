import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext, testEnvironment } from '../testing';
import { SloAlarms, albRequestIndicator, type SloAlarmObjective } from './slo-alarms';

const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alarms';
const TICKETS = 'arn:aws:sns:us-east-1:123456789012:tickets';
const project = {
  name: 'shop-monitoring',
  layer: 'monitoring',
  root: 'services/shop/monitoring',
  service: 'shop',
} as const;
const realAws = testContext(project, testEnvironment({ endpoint: undefined }));
const emulator = testContext(project);

/** The workbook's four conditions for a 99.9% objective, as `cloudWatchAlarmPlan` in @stratum/slo writes them. */
const objective: SloAlarmObjective = {
  name: 'shop-availability',
  displayName: 'Shop availability',
  indicator: 'shop-errors',
  target: 0.999,
  windows: [
    {
      key: 'page-1h',
      severity: 'page',
      burnRate: 14.4,
      errorRatioThreshold: 0.0144,
      inclusive: true,
      longWindowSeconds: 3_600,
      shortWindowSeconds: 300,
    },
    {
      key: 'page-6h',
      severity: 'page',
      burnRate: 6,
      errorRatioThreshold: 0.006,
      inclusive: true,
      longWindowSeconds: 21_600,
      shortWindowSeconds: 1_800,
    },
    {
      key: 'ticket-1d',
      severity: 'ticket',
      burnRate: 3,
      errorRatioThreshold: 0.003,
      inclusive: true,
      longWindowSeconds: 86_400,
      shortWindowSeconds: 7_200,
    },
    {
      key: 'ticket-3d',
      severity: 'ticket',
      burnRate: 1,
      errorRatioThreshold: 0.001,
      inclusive: false,
      longWindowSeconds: 259_200,
      shortWindowSeconds: 21_600,
    },
  ],
};
const indicators = {
  'shop-errors': albRequestIndicator({
    loadBalancerArnSuffix: 'app/alb/1',
    targetGroupArnSuffix: 'targetgroup/tg/2',
  }),
};

describe('SloAlarms', () => {
  test('per condition: a long- and a short-window error-ratio alarm joined by a composite alarm that notifies', () => {
    let names: string[] = [];
    const synth = synthStack(realAws, (s) => {
      names = new SloAlarms(s, 'slo', {
        alarmTopicArn: TOPIC,
        ticketTopicArn: TICKETS,
        objectives: [objective],
        indicators,
      }).alarmNames;
    });
    const metric = Object.values(resourcesOf(synth, 'aws_cloudwatch_metric_alarm'));
    const composite = Object.values(resourcesOf(synth, 'aws_cloudwatch_composite_alarm'));
    assert.equal(metric.length, 8);
    assert.equal(composite.length, 4);
    assert.deepEqual(
      names,
      composite.map((c) => c.alarm_name),
    );
    assert.ok(
      metric.every((m) => m.alarm_actions === undefined),
      'window alarms do not notify on their own',
    );

    const byName = new Map(metric.map((m) => [String(m.alarm_name), m]));
    const page = composite.find((c) => String(c.alarm_name).endsWith('shop-availability-page-1h'))!;
    // References (not copies) of the window alarms' names, so Terraform creates them before the composite alarm.
    assert.match(
      String(page.alarm_rule),
      /^ALARM\("\$\{aws_cloudwatch_metric_alarm\.slo_shop-availability-page-1h-long_\w+\.alarm_name\}"\) AND ALARM\("\$\{aws_cloudwatch_metric_alarm\.slo_shop-availability-page-1h-short_\w+\.alarm_name\}"\)$/,
    );
    assert.deepEqual(page.alarm_actions, [TOPIC]);
    const ticket = composite.find((c) => String(c.alarm_name).endsWith('ticket-1d'))!;
    assert.deepEqual(ticket.alarm_actions, [TICKETS]);

    const long = byName.get('test-shop-monitoring-slo-shop-availability-page-1h-long')!;
    assert.equal(long.threshold, 0.0144);
    assert.equal(long.comparison_operator, 'GreaterThanOrEqualToThreshold');
    assert.equal(long.evaluation_periods, 1);
    assert.equal(long.treat_missing_data, 'notBreaching');
    const queries = long.metric_query as {
      id: string;
      expression?: string;
      return_data?: boolean;
      metric?: Record<string, unknown>;
    }[];
    assert.deepEqual(
      queries.map((q) => [q.id, q.expression ?? q.metric?.metric_name, q.metric?.period, q.metric?.stat]),
      [
        ['bad', 'HTTPCode_Target_5XX_Count', 3_600, 'Sum'],
        ['total', 'RequestCount', 3_600, 'Sum'],
        ['error_ratio', 'FILL(bad, 0) / total', undefined, undefined],
      ],
    );
    assert.deepEqual(queries[0]!.metric!.dimensions, {
      LoadBalancer: 'app/alb/1',
      TargetGroup: 'targetgroup/tg/2',
    });
    assert.equal(
      byName.get('test-shop-monitoring-slo-shop-availability-page-1h-short')!.metric_query instanceof Array,
      true,
    );
    const shortQueries = byName.get('test-shop-monitoring-slo-shop-availability-page-1h-short')!
      .metric_query as typeof queries;
    assert.equal(shortQueries[0]!.metric!.period, 300);
  });

  test('a window over a day is evaluated as whole days that must all breach', () => {
    const synth = synthStack(
      realAws,
      (s) => new SloAlarms(s, 'slo', { alarmTopicArn: TOPIC, objectives: [objective], indicators }),
    );
    const threeDays = Object.values(resourcesOf(synth, 'aws_cloudwatch_metric_alarm')).find((m) =>
      String(m.alarm_name).endsWith('ticket-3d-long'),
    )!;
    assert.deepEqual([threeDays.evaluation_periods, threeDays.datapoints_to_alarm], [3, 3]);
    assert.equal((threeDays.metric_query as { metric?: { period: number } }[])[0]!.metric!.period, 86_400);
    assert.equal(threeDays.comparison_operator, 'GreaterThanThreshold');
  });

  test('good-events indicators alarm on 1 - good/total', () => {
    const synth = synthStack(
      realAws,
      (s) =>
        new SloAlarms(s, 'slo', {
          alarmTopicArn: TOPIC,
          objectives: [{ ...objective, windows: objective.windows.slice(0, 1) }],
          indicators: {
            'shop-errors': {
              good: { namespace: 'Shop', metricName: 'Ok', dimensions: {} },
              total: { namespace: 'Shop', metricName: 'All', dimensions: {} },
            },
          },
        }),
    );
    const expressions = Object.values(resourcesOf(synth, 'aws_cloudwatch_metric_alarm')).map(
      (m) => (m.metric_query as { expression?: string }[]).find((q) => q.expression)!.expression,
    );
    assert.deepEqual(expressions, ['1 - FILL(good, 0) / total', '1 - FILL(good, 0) / total']);
  });

  test('on the emulator (no composite alarms in moto) the long-window alarm notifies', () => {
    const synth = synthStack(
      emulator,
      (s) => new SloAlarms(s, 'slo', { alarmTopicArn: TOPIC, objectives: [objective], indicators }),
    );
    assert.deepEqual(resourcesOf(synth, 'aws_cloudwatch_composite_alarm'), {});
    const notifying = Object.values(resourcesOf(synth, 'aws_cloudwatch_metric_alarm')).filter(
      (m) => m.alarm_actions,
    );
    assert.deepEqual(
      notifying.map((m) => String(m.alarm_name).replace(/.*availability-/, '')),
      ['page-1h-long', 'page-6h-long', 'ticket-1d-long', 'ticket-3d-long'],
    );
  });

  test('an SLI without CloudWatch metrics is an error naming it', () => {
    assert.throws(
      () =>
        synthStack(
          realAws,
          (s) => new SloAlarms(s, 'slo', { alarmTopicArn: TOPIC, objectives: [objective], indicators: {} }),
        ),
      /SLO "shop-availability" uses SLI "shop-errors", which has no CloudWatch metrics; add indicators\["shop-errors"\]/,
    );
  });
});
