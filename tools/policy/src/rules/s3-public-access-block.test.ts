import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, r, stack } from '../fixtures/harness';
import { s3PublicAccessBlockRule } from './s3-public-access-block';

const bucket = r('aws_s3_bucket', 'b', { bucket: 'acme-assets' });
const all = {
  block_public_acls: true,
  block_public_policy: true,
  ignore_public_acls: true,
  restrict_public_buckets: true,
};
const pab = (fields: Record<string, unknown>, link: unknown = '${aws_s3_bucket.b.id}') =>
  r('aws_s3_bucket_public_access_block', 'b', { bucket: link, ...fields });

describeRule(s3PublicAccessBlockRule, {
  fail: {
    'bucket without a public access block': { json: stack(bucket), checkov: 'CKV2_AWS_6' },
    'block_public_acls false': {
      json: stack(bucket, pab({ ...all, block_public_acls: false })),
      checkov: 'CKV_AWS_53',
    },
    'block_public_policy missing (defaults to false)': {
      json: stack(bucket, pab({ ...all, block_public_policy: undefined })),
      checkov: 'CKV_AWS_54',
    },
    'ignore_public_acls "false" as a string': {
      json: stack(bucket, pab({ ...all, ignore_public_acls: 'false' })),
      checkov: 'CKV_AWS_55',
    },
    'restrict_public_buckets null': {
      json: stack(bucket, pab({ ...all, restrict_public_buckets: null })),
      checkov: 'CKV_AWS_56',
    },
    'a block for another bucket does not count': {
      json: stack(bucket, r('aws_s3_bucket', 'other', {}), pab(all, '${aws_s3_bucket.other.id}')),
      checkov: 'CKV2_AWS_6',
    },
  },
  pass: {
    'linked by id': stack(bucket, pab(all)),
    'linked by .bucket (resolves to the literal name)': stack(bucket, pab(all, '${aws_s3_bucket.b.bucket}')),
    'linked by the literal bucket name': stack(bucket, pab(all, 'acme-assets')),
    'flags as "true" strings': stack(
      bucket,
      pab({
        block_public_acls: 'true',
        block_public_policy: 'true',
        ignore_public_acls: 'true',
        restrict_public_buckets: 'true',
      }),
    ),
    'an account-level block with all four flags covers every bucket': stack(
      bucket,
      r('aws_s3_account_public_access_block', 'account', all),
    ),
    'a block in another stack of the run, linked through remote state': [
      {
        ...stack(bucket),
        output: { bucket_id: { value: '${aws_s3_bucket.b.id}' } },
        terraform: { backend: { local: { path: '../../state/storage.tfstate' } } },
      },
      {
        ...stack(pab(all, '${data.terraform_remote_state.storage.outputs.bucket_id}')),
        data: {
          terraform_remote_state: {
            storage: { backend: 'local', config: { path: '../../state/storage.tfstate' } },
          },
        },
      },
    ],
  },
  unknown: {
    'a block whose bucket comes from a variable may be the one': {
      ...stack(bucket, pab(all, '${var.bucket}')),
      variable: { bucket: {} },
    },
  },
});

test('STRAT-S3-001 reports a flag from a variable as unknown on the block', () => {
  const found = findingsOf(s3PublicAccessBlockRule, {
    ...stack(bucket, pab({ ...all, block_public_policy: '${var.strict}' })),
    variable: { strict: { default: true } },
  });
  assert.equal(found.length, 1);
  assert.equal(found[0]?.status, 'unknown');
  assert.equal(found[0]?.address, 'aws_s3_bucket_public_access_block.b');
  assert.match(found[0]?.message ?? '', /\$\{var\.strict\}: variable "strict" is set at plan time/);
});
