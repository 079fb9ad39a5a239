/**
 * The provider classes `stratum import` writes code for, one line each: the one list of importable kinds (see
 * importable.ts). To import another kind, add its class here, from its `@cdktn/provider-aws/lib/<x>` submodule
 * (`npm run provider:generate` when the submodule has no binding yet).
 */
export { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
export { IamRole } from '@cdktn/provider-aws/lib/iam-role';
export { KmsKey } from '@cdktn/provider-aws/lib/kms-key';
export { S3Bucket } from '@cdktn/provider-aws/lib/s3-bucket';
export { S3BucketOwnershipControls } from '@cdktn/provider-aws/lib/s3-bucket-ownership-controls';
export { S3BucketPolicy } from '@cdktn/provider-aws/lib/s3-bucket-policy';
export { S3BucketPublicAccessBlock } from '@cdktn/provider-aws/lib/s3-bucket-public-access-block';
export { S3BucketServerSideEncryptionConfigurationA } from '@cdktn/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
export { S3BucketVersioningA } from '@cdktn/provider-aws/lib/s3-bucket-versioning';
export { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
export { SnsTopic } from '@cdktn/provider-aws/lib/sns-topic';
export { SqsQueue } from '@cdktn/provider-aws/lib/sqs-queue';
export { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';
