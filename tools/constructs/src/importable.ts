/**
 * Provider resource classes a project may use directly: the kinds `stratum import` writes code for when it
 * brings existing resources under management. Projects import them from `@stratum/constructs`, so the provider
 * is still named only here. To import another kind, add its class (from its `@cdktn/provider-aws/lib/<x>`
 * submodule; `npm run provider:generate` when the submodule has no binding yet) to this file.
 */
import { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktn/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktn/provider-aws/lib/s3-bucket';
import { S3BucketOwnershipControls } from '@cdktn/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktn/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktn/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktn/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktn/provider-aws/lib/s3-bucket-versioning';
import { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
import { SnsTopic } from '@cdktn/provider-aws/lib/sns-topic';
import { SqsQueue } from '@cdktn/provider-aws/lib/sqs-queue';
import { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';

export {
  CloudwatchLogGroup,
  IamRole,
  KmsKey,
  S3Bucket,
  S3BucketOwnershipControls,
  S3BucketPolicy,
  S3BucketPublicAccessBlock,
  S3BucketServerSideEncryptionConfigurationA,
  S3BucketVersioningA,
  SecurityGroup,
  SnsTopic,
  SqsQueue,
  SsmParameter,
};

const CLASSES = {
  CloudwatchLogGroup,
  IamRole,
  KmsKey,
  S3Bucket,
  S3BucketOwnershipControls,
  S3BucketPolicy,
  S3BucketPublicAccessBlock,
  S3BucketServerSideEncryptionConfigurationA,
  S3BucketVersioningA,
  SecurityGroup,
  SnsTopic,
  SqsQueue,
  SsmParameter,
};

/** Terraform resource type (`aws_s3_bucket`) → the class exported above (`S3Bucket`). */
export const IMPORTABLE_RESOURCES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CLASSES)
    .map(([name, cls]) => [cls.tfResourceType, name] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
