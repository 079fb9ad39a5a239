import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext } from '../testing';
import { ServiceAlarms } from './monitoring';

const ctx = testContext({
  name: 'orders-monitoring',
  layer: 'monitoring',
  root: 'services/orders/monitoring',
  service: 'orders',
});
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alarms';

describe('ServiceAlarms', () => {
  test('creates one alarm per watched signal, all notifying the shared topic', () => {
    let names: string[] = [];
    const synth = synthStack(ctx, (s) => {
      names = new ServiceAlarms(s, 'orders', {
        alarmTopicArn: TOPIC,
        ecs: { clusterName: 'c', serviceName: 's' },
        alb: { loadBalancerArnSuffix: 'app/alb/1', targetGroupArnSuffix: 'targetgroup/tg/2' },
        deadLetterQueueNames: ['q-dlq'],
        database: { instanceIdentifier: 'db-1' },
      }).alarmNames;
    });
    const alarms = Object.values(resourcesOf(synth, 'aws_cloudwatch_metric_alarm'));
    assert.deepEqual(alarms.map((a) => `${a.namespace} ${a.metric_name}`).sort(), [
      'AWS/ApplicationELB HTTPCode_Target_5XX_Count',
      'AWS/ECS CPUUtilization',
      'AWS/ECS MemoryUtilization',
      'AWS/RDS CPUUtilization',
      'AWS/RDS FreeStorageSpace',
      'AWS/SQS ApproximateNumberOfMessagesVisible',
    ]);
    assert.ok(
      alarms.every(
        (a) => (a.alarm_actions as string[])[0] === TOPIC && (a.ok_actions as string[])[0] === TOPIC,
      ),
    );
    assert.deepEqual([...names].sort(), alarms.map((a) => String(a.alarm_name)).sort());
    assert.equal(names[0], 'test-orders-monitoring-orders-ecs-cpu-high');
  });

  test('sets the dimensions and thresholds each signal needs', () => {
    const synth = synthStack(
      ctx,
      (s) =>
        new ServiceAlarms(s, 'orders', {
          alarmTopicArn: TOPIC,
          deadLetterQueueNames: ['q-dlq'],
          database: { instanceIdentifier: 'db-1', minFreeStorageBytes: 1000 },
        }),
    );
    const byMetric = Object.fromEntries(
      Object.values(resourcesOf(synth, 'aws_cloudwatch_metric_alarm')).map((a) => [a.metric_name, a]),
    );
    const dlq = byMetric.ApproximateNumberOfMessagesVisible!;
    assert.deepEqual(dlq.dimensions, { QueueName: 'q-dlq' });
    assert.equal(dlq.threshold, 0);
    assert.equal(dlq.comparison_operator, 'GreaterThanThreshold');
    const storage = byMetric.FreeStorageSpace!;
    assert.equal(storage.comparison_operator, 'LessThanThreshold');
    assert.equal(storage.threshold, 1000);
    assert.deepEqual(storage.dimensions, { DBInstanceIdentifier: 'db-1' });
  });

  test('refuses an alarm set that watches nothing', () => {
    assert.throws(
      () => synthStack(ctx, (s) => new ServiceAlarms(s, 'orders', { alarmTopicArn: TOPIC })),
      /orders: nothing to watch/,
    );
  });
});
