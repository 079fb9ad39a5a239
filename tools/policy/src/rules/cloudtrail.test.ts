import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, r, stack } from '../fixtures/harness';
import { cloudTrailRule } from './cloudtrail';

const good = {
  s3_bucket_name: 'trail',
  is_multi_region_trail: true,
  enable_log_file_validation: true,
  kms_key_id: '${aws_kms_key.trail.arn}',
};
const trail = (fields: Record<string, unknown>) => stack(r('aws_cloudtrail', 't', { ...good, ...fields }));

describeRule(cloudTrailRule, {
  fail: {
    'single region': { json: trail({ is_multi_region_trail: false }), checkov: 'CKV_AWS_67' },
    'no log file validation': {
      json: trail({ enable_log_file_validation: undefined }),
      checkov: 'CKV_AWS_36',
    },
    'no KMS key': { json: trail({ kms_key_id: null }), checkov: 'CKV_AWS_35' },
    'multi-region without global service events': {
      json: trail({ include_global_service_events: false }),
      checkov: 'CKV_AWS_67',
    },
  },
  pass: {
    'multi-region, validated, KMS-encrypted': trail({}),
    'flags as strings, key as a literal ARN': trail({
      is_multi_region_trail: 'true',
      enable_log_file_validation: 'true',
      kms_key_id: 'arn:aws:kms:us-east-1:111122223333:key/abc',
    }),
  },
  unknown: {
    'multi-region from a variable': {
      ...trail({ is_multi_region_trail: '${var.multi}' }),
      variable: { multi: {} },
    },
  },
});

test('STRAT-LOG-001 reports each missing property separately with its checkov id', () => {
  const found = findingsOf(cloudTrailRule, stack(r('aws_cloudtrail', 't', { s3_bucket_name: 'trail' })));
  assert.deepEqual(found.map((f) => f.checkov).sort(), ['CKV_AWS_35', 'CKV_AWS_36', 'CKV_AWS_67']);
});
