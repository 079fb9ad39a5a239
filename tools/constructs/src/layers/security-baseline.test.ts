import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext, testEnvironment, type SynthesizedStack } from '../testing';
import { SecurityBaseline } from './security-baseline';

const only = (synth: SynthesizedStack, type: string) => {
  const all = Object.values(resourcesOf(synth, type));
  assert.equal(all.length, 1, `expected one ${type}`);
  return all[0]!;
};
type Doc = {
  Statement: {
    Sid?: string;
    Effect: string;
    Action: string | string[];
    Resource: string | string[];
    Principal?: unknown;
  }[];
};
const doc = (value: unknown): Doc => JSON.parse(String(value)) as Doc;

describe('SecurityBaseline', () => {
  const ctx = testContext({
    name: 'security-baseline',
    layer: 'infrastructure',
    root: 'shared-infra/security-baseline',
  });
  const synth = synthStack(ctx, (stack) => new SecurityBaseline(stack, 'baseline'));

  test('creates a rotating KMS key with an alias and grants CloudTrail, Logs and alarms', () => {
    const key = only(synth, 'aws_kms_key');
    assert.equal(key.enable_key_rotation, true);
    assert.equal(key.deletion_window_in_days, 30);
    const sids = doc(key.policy).Statement.map((s) => s.Sid);
    assert.deepEqual(sids, [
      'AccountAdministers',
      'CloudTrailEncrypts',
      'CloudWatchLogsEncrypts',
      'AlarmsAndEventsPublishToEncryptedTopics',
    ]);
    assert.equal(only(synth, 'aws_kms_alias').name, 'alias/test-security-baseline-baseline');
  });

  test('runs a multi-region, validated, KMS-encrypted CloudTrail trail after its bucket policy exists', () => {
    const trail = only(synth, 'aws_cloudtrail');
    assert.equal(trail.is_multi_region_trail, true);
    assert.equal(trail.enable_log_file_validation, true);
    assert.match(String(trail.kms_key_id), /aws_kms_key\..*\.arn/);
    assert.match(String(trail.cloud_watch_logs_group_arn), /aws_cloudwatch_log_group\..*\.arn}:\*/);
    assert.ok((trail.depends_on as string[]).some((d) => d.startsWith('aws_s3_bucket_policy.')));
  });

  test('logs on real AWS and leaves logging off on the emulator, whose StartLogging rejects ARNs', () => {
    assert.equal(only(synth, 'aws_cloudtrail').enable_logging, false);
    const aws = testContext(
      { name: 'security-baseline', layer: 'infrastructure' },
      testEnvironment({ name: 'dev', endpoint: undefined }),
    );
    assert.equal(
      only(
        synthStack(aws, (s) => new SecurityBaseline(s, 'b')),
        'aws_cloudtrail',
      ).enable_logging,
      true,
    );
  });

  test('delivers to a hardened bucket: public access blocked, versioned, SSE-KMS, TLS only, CloudTrail allowed', () => {
    assert.equal(only(synth, 'aws_s3_bucket').bucket, 'test-security-baseline-trail-123456789012-us-east-1');
    const block = only(synth, 'aws_s3_bucket_public_access_block');
    for (const flag of [
      'block_public_acls',
      'block_public_policy',
      'ignore_public_acls',
      'restrict_public_buckets',
    ]) {
      assert.equal(block[flag], true, flag);
    }
    assert.deepEqual(only(synth, 'aws_s3_bucket_versioning').versioning_configuration, { status: 'Enabled' });
    const sse = (
      only(synth, 'aws_s3_bucket_server_side_encryption_configuration').rule as Record<string, unknown>[]
    )[0]!;
    assert.equal(
      (sse.apply_server_side_encryption_by_default as Record<string, unknown>).sse_algorithm,
      'aws:kms',
    );
    const policy = doc(only(synth, 'aws_s3_bucket_policy').policy);
    assert.deepEqual(
      policy.Statement.map((s) => s.Sid),
      ['DenyInsecureTransport', 'CloudTrailAclCheck', 'CloudTrailWrite'],
    );
    assert.match(
      String(policy.Statement[2]!.Resource),
      /^\$\{aws_s3_bucket\.[\w-]+\.arn\}\/AWSLogs\/123456789012\/\*$/,
    );
  });

  test('publishes a permission boundary that denies IAM and never allows * on *', () => {
    const boundary = doc(only(synth, 'aws_iam_policy').policy);
    const allow = boundary.Statement.find((s) => s.Effect === 'Allow')!;
    assert.ok(Array.isArray(allow.Action) && !allow.Action.includes('*'));
    const deny = boundary.Statement.find((s) => s.Effect === 'Deny')!;
    assert.ok((deny.Action as string[]).includes('iam:*'));
    assert.ok((deny.Action as string[]).includes('cloudtrail:StopLogging'));
  });

  test('keeps trail buckets on destroy unless the environment allows force-destroy', () => {
    const prod = testContext(
      { name: 'security-baseline', layer: 'infrastructure' },
      testEnvironment({
        name: 'prod',
        safety: { deletionProtection: true, skipFinalSnapshot: false, forceDestroyBuckets: false },
      }),
    );
    assert.equal(
      only(
        synthStack(prod, (s) => new SecurityBaseline(s, 'b')),
        'aws_s3_bucket',
      ).force_destroy,
      false,
    );
    const local = testContext(
      { name: 'security-baseline', layer: 'infrastructure' },
      testEnvironment({ safety: { forceDestroyBuckets: true } }),
    );
    assert.equal(
      only(
        synthStack(local, (s) => new SecurityBaseline(s, 'b')),
        'aws_s3_bucket',
      ).force_destroy,
      true,
    );
  });
});
