import assert from 'node:assert/strict';
import { test } from 'node:test';
import { driftedAttributes, plannedCorrections } from './drift-diff';

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
      {
        address: 'aws_sns_topic.alarms',
        change: { actions: ['delete'], before: { name: 't' }, after: null },
      },
    ],
  });
  assert.deepEqual(findings, [
    {
      address: 'aws_sqs_queue.orders',
      attribute: 'visibility_timeout_seconds',
      expected: '30',
      actual: '90',
    },
    {
      address: 'aws_sns_topic.alarms',
      attribute: '(resource)',
      expected: 'exists',
      actual: 'deleted outside Terraform',
    },
  ]);
});

test('no resource_drift means no findings', () => {
  assert.deepEqual(driftedAttributes('{"format_version":"1.2"}'), []);
});

test('plannedCorrections: what a plan of the deployed artifact would change back, expected = deployed, actual = real', () => {
  const findings = plannedCorrections({
    resource_changes: [
      {
        address: 'aws_sqs_queue.orders',
        change: {
          actions: ['update'],
          before: { visibility_timeout_seconds: 99, name: 'q', tags_all: { b: '2', a: '1' }, arn: 'x' },
          after: { visibility_timeout_seconds: 45, name: 'q', tags_all: { a: '1', b: '2' }, arn: 'y' },
          after_unknown: { arn: true },
        },
      },
      {
        address: 'aws_ssm_parameter.gone',
        change: { actions: ['create'], before: null, after: { name: '/p' } },
      },
      { address: 'aws_kms_key.k', change: { actions: ['no-op'], before: { a: 1 }, after: { a: 1 } } },
      {
        address: 'aws_sns_topic.t',
        change: {
          actions: ['update'],
          before: { tags: { 'stratum:git-sha': 'abc' }, tags_all: { 'stratum:git-sha': 'abc', owner: 'x' } },
          after: { tags: null, tags_all: { 'stratum:git-sha': 'def', owner: 'x' } },
        },
      },
      {
        address: 'data.aws_region.current',
        mode: 'data',
        change: { actions: ['read'], before: null, after: {} },
      },
    ],
  });
  assert.deepEqual(findings, [
    {
      address: 'aws_sqs_queue.orders',
      attribute: 'visibility_timeout_seconds',
      expected: '45',
      actual: '99',
    },
    {
      address: 'aws_ssm_parameter.gone',
      attribute: '(resource)',
      expected: 'exists',
      actual: 'deleted outside Terraform',
    },
  ]);
  assert.deepEqual(plannedCorrections('{"format_version":"1.2"}'), []);
});
