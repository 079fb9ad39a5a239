import assert from 'node:assert/strict';
import { test } from 'node:test';
import { driftedAttributes } from './drift-diff';

test('reports each changed attribute with expected and actual values, ignoring bookkeeping', () => {
  const findings = driftedAttributes({
    resource_drift: [
      {
        address: 'aws_sqs_queue.orders',
        change: {
          actions: ['update'],
          before: { visibility_timeout_seconds: 30, tags: { a: '1', b: '2' }, tags_all: { x: 1 }, name: 'q' },
          after: { visibility_timeout_seconds: 90, tags: { b: '2', a: '1' }, tags_all: { x: 2 }, name: 'q' },
        },
      },
      { address: 'aws_sns_topic.alarms', change: { actions: ['delete'], before: { name: 't' }, after: null } },
    ],
  });
  assert.deepEqual(findings, [
    { address: 'aws_sqs_queue.orders', attribute: 'visibility_timeout_seconds', expected: '30', actual: '90' },
    { address: 'aws_sns_topic.alarms', attribute: '(resource)', expected: 'exists', actual: 'deleted outside Terraform' },
  ]);
});

test('no resource_drift means no findings', () => {
  assert.deepEqual(driftedAttributes('{"format_version":"1.2"}'), []);
});
