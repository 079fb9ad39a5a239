import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { importedSince } from './import-forget';

const applied = JSON.stringify({
  import: [
    { to: 'aws_s3_bucket.legacy', id: 'legacy-reports' },
    { to: 'aws_s3_bucket_public_access_block.legacy', id: 'legacy-reports' },
    { to: 'aws_sqs_queue.kept', id: 'https://sqs/kept' },
  ],
  resource: { aws_s3_bucket: { legacy: {} }, aws_sqs_queue: { kept: {} } },
});

describe('what a rollback forgets instead of destroying', () => {
  test('imported addresses the earlier configuration does not declare', () => {
    const before = JSON.stringify({
      resource: { aws_sqs_queue: { kept: {} }, aws_ssm_parameter: { p: {} } },
    });
    assert.deepEqual(importedSince(applied, before), [
      'aws_s3_bucket.legacy',
      'aws_s3_bucket_public_access_block.legacy',
    ]);
  });

  test('a new stack forgets every import; a configuration without imports forgets nothing', () => {
    assert.deepEqual(importedSince(applied, undefined).length, 3);
    assert.deepEqual(importedSince(JSON.stringify({ resource: {} }), undefined), []);
  });
});
