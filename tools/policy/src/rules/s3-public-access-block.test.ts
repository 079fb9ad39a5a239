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
    'flags from variable defaults': {
      ...stack(bucket, pab({ ...all, block_public_acls: '${var.block}' })),
      variable: { block: { type: 'bool', default: true } },
    },
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

test('STRAT-S3-001 reports a flag from a variable without a default as unknown on the bucket', () => {
  const found = findingsOf(s3PublicAccessBlockRule, {
    ...stack(bucket, pab({ ...all, block_public_policy: '${var.strict}' })),
    variable: { strict: {} },
  });
  assert.equal(found.length, 1);
  assert.equal(found[0]?.status, 'unknown');
  assert.equal(found[0]?.address, 'aws_s3_bucket.b');
  assert.deepEqual(found[0]?.evidence, ['aws_s3_bucket_public_access_block.b']);
  assert.match(found[0]?.message ?? '', /\$\{var\.strict\}: variable "strict" is set at plan time/);
});

test('STRAT-S3-001 files a flag that is off on the bucket, citing the block', () => {
  const found = findingsOf(
    s3PublicAccessBlockRule,
    stack(bucket, pab({ ...all, ignore_public_acls: false })),
  );
  assert.deepEqual(
    found.map((f) => [f.address, f.checkov, f.evidence]),
    [['aws_s3_bucket.b', 'CKV_AWS_55', ['aws_s3_bucket_public_access_block.b']]],
  );
  assert.match(
    found[0]?.message ?? '',
    /^aws_s3_bucket\.b: its aws_s3_bucket_public_access_block\.b does not set/,
  );
});

test('STRAT-S3-001 links by reference first and by a literal name only when it is unique', () => {
  const twins = (link: string) =>
    stack(
      r('aws_s3_bucket', 'a', { bucket: 'same-name' }),
      r('aws_s3_bucket', 'b', { bucket: 'same-name' }),
      pab({ ...all, block_public_acls: false }, link),
    );
  const byReference = findingsOf(s3PublicAccessBlockRule, twins('${aws_s3_bucket.b.bucket}'));
  assert.deepEqual(byReference.map((f) => [f.address, f.checkov]).sort(), [
    ['aws_s3_bucket.a', 'CKV2_AWS_6'],
    ['aws_s3_bucket.b', 'CKV_AWS_53'],
  ]);
  // a shared literal name designates neither bucket: the block is judged on its own
  const byName = findingsOf(s3PublicAccessBlockRule, twins('same-name'));
  assert.deepEqual(byName.map((f) => [f.address, f.checkov]).sort(), [
    ['aws_s3_bucket.a', 'CKV2_AWS_6'],
    ['aws_s3_bucket.b', 'CKV2_AWS_6'],
    ['aws_s3_bucket_public_access_block.b', 'CKV_AWS_53'],
  ]);
});
