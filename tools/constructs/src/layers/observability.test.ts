import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext, testEnvironment } from '../testing';
import { SharedObservability } from './observability';

const KEY = 'arn:aws:kms:us-east-1:123456789012:key/abc';

describe('SharedObservability', () => {
  const ctx = testContext(
    { name: 'observability', layer: 'infrastructure', root: 'shared-infra/observability' },
    testEnvironment({ sizes: { logRetentionDays: 90 } }),
  );
  const synth = synthStack(
    ctx,
    (stack) => new SharedObservability(stack, 'obs', { kmsKeyArn: KEY, alarmEmails: ['oncall@example.com'] }),
  );

  test('encrypts the alarm topic with the given key and lets CloudWatch alarms of this account publish', () => {
    const topic = Object.values(resourcesOf(synth, 'aws_sns_topic'))[0]!;
    assert.equal(topic.kms_master_key_id, KEY);
    assert.equal(topic.name, 'test-observability-alarms');
    const policy = JSON.parse(
      String(Object.values(resourcesOf(synth, 'aws_sns_topic_policy'))[0]!.policy),
    ) as {
      Statement: { Sid: string; Principal: unknown; Condition?: Record<string, Record<string, string>> }[];
    };
    const cw = policy.Statement.find((s) => s.Sid === 'CloudWatchAlarmsPublish')!;
    assert.deepEqual(cw.Principal, { Service: 'cloudwatch.amazonaws.com' });
    assert.equal(cw.Condition?.StringEquals?.['aws:SourceAccount'], '123456789012');
    assert.equal(
      Object.values(resourcesOf(synth, 'aws_sns_topic_subscription'))[0]!.endpoint,
      'oncall@example.com',
    );
  });

  test('keeps a central log group encrypted, with the environment retention', () => {
    const group = Object.values(resourcesOf(synth, 'aws_cloudwatch_log_group'))[0]!;
    assert.equal(group.retention_in_days, 90);
    assert.equal(group.kms_key_id, KEY);
    assert.equal(group.name, '/stratum/test-observability-central');
  });
});
