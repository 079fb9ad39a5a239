import { describeRule, r, stack } from '../fixtures/harness';
import { s3EncryptionRule } from './s3-encryption';

const bucket = r('aws_s3_bucket', 'b', { bucket: 'acme-data' });
const sse = (algorithm: unknown, link: unknown = '${aws_s3_bucket.b.id}') =>
  r('aws_s3_bucket_server_side_encryption_configuration', 'b', {
    bucket: link,
    rule: [
      { apply_server_side_encryption_by_default: { sse_algorithm: algorithm, kms_master_key_id: null } },
    ],
  });

describeRule(s3EncryptionRule, {
  fail: {
    'bucket without encryption configuration': stack(bucket),
    'configuration for another bucket': stack(
      bucket,
      r('aws_s3_bucket', 'other', {}),
      sse('aws:kms', '${aws_s3_bucket.other.id}'),
    ),
    'configuration with an unknown algorithm name': stack(bucket, sse('none')),
    'inline configuration without an algorithm': stack(
      r('aws_s3_bucket', 'b', {
        server_side_encryption_configuration: { rule: { apply_server_side_encryption_by_default: {} } },
      }),
    ),
  },
  pass: {
    'separate configuration with aws:kms': stack(bucket, sse('aws:kms')),
    'separate configuration with AES256 linked by name': stack(bucket, sse('AES256', 'acme-data')),
    'algorithm in lower case': stack(bucket, sse('aes256')),
    'DSSE-KMS': stack(bucket, sse('aws:kms:dsse')),
    'inline configuration (single block as object)': stack(
      r('aws_s3_bucket', 'b', {
        server_side_encryption_configuration: {
          rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } },
        },
      }),
    ),
    'inline configuration (blocks as lists)': stack(
      r('aws_s3_bucket', 'b', {
        server_side_encryption_configuration: [
          { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
        ],
      }),
    ),
  },
  unknown: {
    'algorithm from a variable': { ...stack(bucket, sse('${var.algorithm}')), variable: { algorithm: {} } },
    'a configuration whose bucket comes from remote state': {
      ...stack(bucket, sse('aws:kms', '${data.terraform_remote_state.x.outputs.bucket}')),
      data: {
        terraform_remote_state: { x: { backend: 's3', config: { bucket: 'state', key: 'x.tfstate' } } },
      },
    },
  },
});
