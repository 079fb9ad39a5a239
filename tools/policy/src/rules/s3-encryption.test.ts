import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, r, stack } from '../fixtures/harness';
import { s3EncryptionDeclaredRule, s3EncryptionRule } from './s3-encryption';

const bucket = r('aws_s3_bucket', 'b', { bucket: 'acme-data' });
const sse = (algorithm: unknown, link: unknown = '${aws_s3_bucket.b.id}') =>
  r('aws_s3_bucket_server_side_encryption_configuration', 'b', {
    bucket: link,
    rule: [
      { apply_server_side_encryption_by_default: { sse_algorithm: algorithm, kms_master_key_id: null } },
    ],
  });
const dynamicRule = (forEach: unknown) =>
  r('aws_s3_bucket_server_side_encryption_configuration', 'b', {
    bucket: '${aws_s3_bucket.b.id}',
    dynamic: {
      rule: {
        for_each: forEach,
        content: { apply_server_side_encryption_by_default: { sse_algorithm: '${rule.value}' } },
      },
    },
  });

describeRule(s3EncryptionRule, {
  fail: {
    'configuration with an unknown algorithm name': stack(bucket, sse('none')),
    'inline configuration without an algorithm': stack(
      r('aws_s3_bucket', 'b', {
        server_side_encryption_configuration: { rule: { apply_server_side_encryption_by_default: {} } },
      }),
    ),
    'a dynamic rule whose known for_each gives no algorithm': stack(bucket, dynamicRule(['none'])),
    'an orphan configuration (its bucket is not in the run) is judged on its own': stack(
      sse('none', 'bucket-elsewhere'),
    ),
  },
  pass: {
    'bucket without encryption configuration (AWS applies SSE-S3 since 2023)': stack(bucket),
    'separate configuration with aws:kms': stack(bucket, sse('aws:kms')),
    'separate configuration with AES256 linked by name': stack(bucket, sse('AES256', 'acme-data')),
    'algorithm in lower case': stack(bucket, sse('aes256')),
    'DSSE-KMS': stack(bucket, sse('aws:kms:dsse')),
    'algorithm from a variable default': {
      ...stack(bucket, sse('${var.algorithm}')),
      variable: { algorithm: { default: 'aws:kms' } },
    },
    'a dynamic rule with a known for_each': stack(bucket, dynamicRule(['aws:kms'])),
    'a dynamic rule whose for_each is a variable default': {
      ...stack(bucket, dynamicRule('${var.algorithms}')),
      variable: { algorithms: { default: ['AES256'] } },
    },
    'inline configuration (single block as object)': stack(
      r('aws_s3_bucket', 'b', {
        server_side_encryption_configuration: {
          rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } },
        },
      }),
    ),
    'inline configuration (blocks as lists)': stack(
      r('aws_s3_bucket', 'b', {
        server_side_encryption_configuration: [
          { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
        ],
      }),
    ),
    'inline dynamic configuration with a known for_each': stack(
      r('aws_s3_bucket', 'b', {
        dynamic: {
          server_side_encryption_configuration: {
            for_each: [{ algorithm: 'aws:kms' }],
            iterator: 'sse',
            content: {
              rule: { apply_server_side_encryption_by_default: { sse_algorithm: '${sse.value.algorithm}' } },
            },
          },
        },
      }),
    ),
  },
  unknown: {
    'algorithm from a variable without a default': {
      ...stack(bucket, sse('${var.algorithm}')),
      variable: { algorithm: {} },
    },
    'a dynamic rule whose for_each is unknown is not "not configured"': {
      ...stack(bucket, dynamicRule('${var.algorithms}')),
      variable: { algorithms: {} },
    },
  },
});

test('STRAT-S3-003 reports a bad configuration on the bucket and cites the configuration', () => {
  const [finding, ...rest] = findingsOf(s3EncryptionRule, stack(bucket, sse('none')));
  assert.equal(rest.length, 0);
  assert.equal(finding?.address, 'aws_s3_bucket.b');
  assert.deepEqual(finding?.evidence, ['aws_s3_bucket_server_side_encryption_configuration.b']);
  assert.match(finding?.message ?? '', /aws_s3_bucket_server_side_encryption_configuration\.b has no rule/);
});

describeRule(s3EncryptionDeclaredRule, {
  fail: {
    'bucket without encryption configuration': stack(bucket),
    'configuration for another bucket': stack(
      bucket,
      r('aws_s3_bucket', 'other', {}),
      sse('aws:kms', '${aws_s3_bucket.other.id}'),
    ),
  },
  pass: {
    'separate configuration': stack(bucket, sse('aws:kms')),
    'a declaration that does not encrypt is STRAT-S3-003, not this rule': stack(bucket, sse('none')),
    'a dynamic rule with an unknown for_each is a declaration': {
      ...stack(bucket, dynamicRule('${var.algorithms}')),
      variable: { algorithms: {} },
    },
  },
  unknown: {
    'a configuration whose bucket comes from remote state': {
      ...stack(bucket, sse('aws:kms', '${data.terraform_remote_state.x.outputs.bucket}')),
      data: {
        terraform_remote_state: { x: { backend: 's3', config: { bucket: 'state', key: 'x.tfstate' } } },
      },
    },
  },
});
