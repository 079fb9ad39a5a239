import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, r, stack } from '../fixtures/harness';
import { s3PublicAclRule } from './s3-public-acl';

const bucketAcl = (fields: Record<string, unknown>) =>
  stack(
    r('aws_s3_bucket', 'b', {}),
    r('aws_s3_bucket_acl', 'b', { bucket: '${aws_s3_bucket.b.id}', ...fields }),
  );
const grant = (uri: string, permission: string) => ({
  access_control_policy: { owner: { id: 'abc' }, grant: [{ grantee: { type: 'Group', uri }, permission }] },
});

describeRule(s3PublicAclRule, {
  fail: {
    'inline acl public-read': {
      json: stack(r('aws_s3_bucket', 'b', { acl: 'public-read' })),
      checkov: 'CKV_AWS_20',
    },
    'inline acl public-read-write': {
      json: stack(r('aws_s3_bucket', 'b', { acl: 'public-read-write' })),
      checkov: 'CKV_AWS_57',
    },
    'aws_s3_bucket_acl public-read': { json: bucketAcl({ acl: 'public-read' }), checkov: 'CKV_AWS_20' },
    'aws_s3_bucket_acl "Public-Read" in another case': {
      json: bucketAcl({ acl: 'Public-Read' }),
      checkov: 'CKV_AWS_20',
    },
    'aws_s3_bucket_acl authenticated-read': {
      json: bucketAcl({ acl: 'authenticated-read' }),
      checkov: 'CKV2_AWS_43',
    },
    'grant READ to AllUsers': {
      json: bucketAcl(grant('http://acs.amazonaws.com/groups/global/AllUsers', 'READ')),
      checkov: 'CKV_AWS_20',
    },
    'grant WRITE to AuthenticatedUsers': {
      json: bucketAcl(grant('http://acs.amazonaws.com/groups/global/AuthenticatedUsers', 'WRITE')),
      checkov: 'CKV_AWS_57',
    },
    'inline grant block to AllUsers': {
      json: stack(
        r('aws_s3_bucket', 'b', {
          grant: [
            { type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permissions: ['READ'] },
          ],
        }),
      ),
      checkov: 'CKV_AWS_20',
    },
    'acl from a local': {
      json: { ...bucketAcl({ acl: '${local.acl}' }), locals: { acl: 'public-read' } },
      checkov: 'CKV_AWS_20',
    },
  },
  pass: {
    'no acl': stack(r('aws_s3_bucket', 'b', {})),
    'acl from a variable whose default is private': {
      ...bucketAcl({ acl: '${var.acl}' }),
      variable: { acl: { default: 'private' } },
    },
    private: bucketAcl({ acl: 'private' }),
    'log-delivery-write': bucketAcl({ acl: 'log-delivery-write' }),
    'grant to the log delivery group': bucketAcl(
      grant('http://acs.amazonaws.com/groups/s3/LogDelivery', 'WRITE'),
    ),
    'grant to a canonical user': bucketAcl({
      access_control_policy: {
        grant: [{ grantee: { type: 'CanonicalUser', id: 'abc' }, permission: 'FULL_CONTROL' }],
      },
    }),
  },
  unknown: {
    'acl from a variable without a default': { ...bucketAcl({ acl: '${var.acl}' }), variable: { acl: {} } },
  },
});

test('STRAT-S3-002 files an aws_s3_bucket_acl finding on the bucket with every checkov id that applies', () => {
  const cases = [
    ['public-read-write', ['CKV_AWS_57', 'CKV_AWS_20']],
    ['authenticated-read', ['CKV2_AWS_43', 'CKV_AWS_20']],
    ['public-read', ['CKV_AWS_20']],
  ] as const;
  for (const [acl, ids] of cases) {
    const [finding, ...rest] = findingsOf(s3PublicAclRule, bucketAcl({ acl }));
    assert.equal(rest.length, 0, acl);
    assert.equal(finding?.address, 'aws_s3_bucket.b', acl);
    assert.deepEqual(finding?.checkovIds, ids, acl);
    assert.deepEqual(finding?.evidence, ['aws_s3_bucket_acl.b'], acl);
  }
});

test('STRAT-S3-002 judges an ACL whose bucket is not in the run on the ACL itself', () => {
  const found = findingsOf(
    s3PublicAclRule,
    stack(r('aws_s3_bucket_acl', 'x', { bucket: 'bucket-elsewhere', acl: 'public-read' })),
  );
  assert.deepEqual(
    found.map((f) => [f.address, f.evidence]),
    [['aws_s3_bucket_acl.x', []]],
  );
});

test('STRAT-S3-002 gives a FULL_CONTROL grant to AllUsers both the read and the write id', () => {
  const [finding] = findingsOf(
    s3PublicAclRule,
    bucketAcl(grant('http://acs.amazonaws.com/groups/global/AllUsers', 'FULL_CONTROL')),
  );
  assert.deepEqual(finding?.checkovIds, ['CKV_AWS_57', 'CKV_AWS_20']);
});
