import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as constructs from './index';
import { IMPORTABLE_RESOURCES } from './importable';

test('every importable resource type names a class the construct library exports', () => {
  assert.equal(IMPORTABLE_RESOURCES.aws_s3_bucket, 'S3Bucket');
  assert.equal(IMPORTABLE_RESOURCES.aws_s3_bucket_public_access_block, 'S3BucketPublicAccessBlock');
  for (const [type, name] of Object.entries(IMPORTABLE_RESOURCES)) {
    const cls = (constructs as Record<string, unknown>)[name] as { tfResourceType?: string } | undefined;
    assert.equal(cls?.tfResourceType, type, `${name} is not exported for ${type}`);
  }
});
