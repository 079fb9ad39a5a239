import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lossNotes, STATEFUL_DESTROY_RULE, statefulRefusals, statefulResources } from './stateful';

const json = (resource: Record<string, Record<string, unknown>>) => JSON.stringify({ resource });
const exception = (expires: string) => ({
  '//': {
    stratum_suppressions: {
      [STATEFUL_DESTROY_RULE]: { reason: 'replaced by orders-v2', owner: 'group:orders', expires },
    },
  },
});
const today = new Date('2026-06-01T12:00:00Z');

test('databases, buckets and KMS keys are stateful; parameters and log groups are not', () => {
  const found = statefulResources(
    'orders-data-us-east-1',
    json({
      aws_ssm_parameter: { p: {} },
      aws_db_instance: { db: {} },
      aws_s3_bucket: { logs: {}, assets: {} },
      aws_kms_key: { key: {} },
      aws_cloudwatch_log_group: { g: {} },
    }),
    today,
  );
  assert.deepEqual(
    found.map((r) => r.address),
    ['aws_db_instance.db', 'aws_kms_key.key', 'aws_s3_bucket.assets', 'aws_s3_bucket.logs'],
  );
  assert.match(found[0]!.lost, /database and its data/);
  assert.match(found[1]!.lost, /can no longer be decrypted/);
});

test('a stateful destroy is refused without the flag, naming the resource, what is lost and the way out', () => {
  const found = statefulResources('s', json({ aws_db_instance: { db: {} } }), today);
  const [refusal] = statefulRefusals(found, false);
  assert.match(refusal!, /^s: aws_db_instance.db holds data; destroying it loses the database/);
  assert.match(refusal!, /--allow-stateful-destroy/);
  assert.match(refusal!, /STRAT-DESTROY-001 suppression/);
  assert.deepEqual(statefulRefusals(found, true), []);
  assert.match(lossNotes(found)[0]!, /s: destroying aws_db_instance.db loses the database/);
});

test('an unexpired STRAT-DESTROY-001 exception allows the destroy; an expired or incomplete one does not', () => {
  const allowed = statefulResources('s', json({ aws_s3_bucket: { b: exception('2026-06-01') } }), today);
  assert.deepEqual(statefulRefusals(allowed, false), []);
  assert.match(lossNotes(allowed)[0]!, /allowed by STRAT-DESTROY-001: replaced by orders-v2, group:orders/);
  const expired = statefulResources('s', json({ aws_s3_bucket: { b: exception('2026-05-31') } }), today);
  assert.equal(statefulRefusals(expired, false).length, 1);
  const noOwner = {
    '//': { stratum_suppressions: { [STATEFUL_DESTROY_RULE]: { reason: 'x', expires: '2027-01-01' } } },
  };
  assert.equal(
    statefulRefusals(statefulResources('s', json({ aws_s3_bucket: { b: noOwner } }), today), false).length,
    1,
  );
});
