import { describeRule, r, stack } from '../fixtures/harness';
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
    'acl from a variable': { ...bucketAcl({ acl: '${var.acl}' }), variable: { acl: { default: 'private' } } },
  },
});
