import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarizePlan } from './plan-summary';

test('counts creates, updates, deletes and replacements; ignores reads and no-ops', () => {
  const summary = summarizePlan({
    resource_changes: [
      { address: 'aws_vpc.a', change: { actions: ['create'] } },
      { address: 'aws_subnet.b', change: { actions: ['update'] } },
      { address: 'aws_db_instance.c', change: { actions: ['delete', 'create'] } },
      { address: 'aws_sqs_queue.d', change: { actions: ['create', 'delete'] } },
      { address: 'aws_iam_role.e', change: { actions: ['delete'] } },
      { address: 'aws_kms_key.f', change: { actions: ['no-op'] } },
      { address: 'data.aws_availability_zones.g', mode: 'data', change: { actions: ['read'] } },
    ],
  });
  assert.equal(summary.adds, 3);
  assert.equal(summary.changes, 1);
  assert.equal(summary.destroys, 3);
  assert.deepEqual(summary.replaced, ['aws_db_instance.c', 'aws_sqs_queue.d']);
  assert.equal(summary.noop, false);
  assert.equal(summary.resources.length, 5);
});

test('an empty plan is a no-op', () => {
  assert.equal(summarizePlan('{"format_version":"1.2"}').noop, true);
});
