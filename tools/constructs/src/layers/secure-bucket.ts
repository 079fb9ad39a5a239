import { S3Bucket } from '@cdktn/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktn/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketOwnershipControls } from '@cdktn/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktn/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktn/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktn/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktn/provider-aws/lib/s3-bucket-versioning';
import { Construct } from '../cdktn';
import { policyDocument, type PolicyStatement } from './policy';
import { stratumStackOf } from './stack-of';

export interface SecureBucketProps {
  /** Globally unique bucket name. @default names.global(id) */
  readonly bucketName?: string;
  /** KMS key for default encryption (SSE-KMS with a bucket key). */
  readonly kmsKeyArn: string;
  /** Lets `terraform destroy` delete a non-empty bucket. @default ctx.env.safety.forceDestroyBuckets */
  readonly forceDestroy?: boolean;
  /** Days after which objects (and noncurrent versions) expire. @default 365 */
  readonly expirationDays?: number;
  /** Extra bucket policy statements (use `bucketArn` / `${bucketArn}/*` tokens via the callback). @default none */
  readonly policyStatements?: (bucket: { arn: string; name: string }) => readonly PolicyStatement[];
}

/**
 * An S3 bucket hardened by default: all four public-access-block flags, SSE-KMS, versioning, bucket-owner
 * object ownership (ACLs off), a lifecycle rule, and a policy that denies any request not made over TLS.
 */
export class SecureBucket extends Construct {
  readonly bucketName: string;
  readonly bucketArn: string;
  /** The bucket policy; resources that need it in place (e.g. a CloudTrail trail) should depend on it. */
  readonly policy: S3BucketPolicy;

  constructor(scope: Construct, id: string, props: SecureBucketProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const {
      bucketName = stack.names.global(id),
      kmsKeyArn,
      forceDestroy = stack.ctx.env.safety.forceDestroyBuckets,
      expirationDays = 365,
      policyStatements = () => [],
    } = props;
    const bucket = new S3Bucket(this, 'bucket', { bucket: bucketName, forceDestroy });
    const access = new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'ownership', {
      bucket: bucket.id,
      rule: { objectOwnership: 'BucketOwnerEnforced' },
    });
    new S3BucketVersioningA(this, 'versioning', {
      bucket: bucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket: bucket.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: kmsKeyArn },
          bucketKeyEnabled: true,
        },
      ],
    });
    new S3BucketLifecycleConfiguration(this, 'lifecycle', {
      bucket: bucket.id,
      rule: [
        {
          id: 'expire',
          status: 'Enabled',
          filter: [{ prefix: '' }],
          expiration: [{ days: expirationDays }],
          noncurrentVersionExpiration: [{ noncurrentDays: expirationDays }],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
        },
      ],
    });
    const ref = { arn: bucket.arn, name: bucket.bucket };
    this.policy = new S3BucketPolicy(this, 'policy', {
      bucket: bucket.id,
      policy: policyDocument([
        {
          sid: 'DenyInsecureTransport',
          effect: 'Deny',
          principal: '*',
          actions: ['s3:*'],
          resources: [bucket.arn, `${bucket.arn}/*`],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        },
        ...policyStatements(ref),
      ]),
      // S3 rejects a policy while the public access block is being changed; apply them in order.
      dependsOn: [access],
    });
    this.bucketName = bucket.bucket;
    this.bucketArn = bucket.arn;
  }
}
