import { AwsProvider, type AwsProviderConfig } from '@cdktn/provider-aws/lib/provider';
import type { Construct } from '../cdktn';
import type { StackContext } from './context';

/** AWS APIs the layer constructs call; all are pointed at `env.endpoint` when one is set (the local emulator). */
const EMULATED_SERVICES = [
  'cloudtrail',
  'cloudwatch',
  'cloudwatchlogs',
  'dynamodb',
  'ec2',
  'ecs',
  'elbv2',
  'iam',
  'kms',
  'rds',
  's3',
  'secretsmanager',
  'sns',
  'sqs',
  'ssm',
  'sts',
] as const;

/** Emulator credentials: moto accepts any key; these never reach a real account because the endpoint is local. */
const EMULATOR_CREDENTIALS = { accessKey: 'test', secretKey: 'test' } as const;

/** Builds the AWS provider for one stack from its environment: region, account guard, role, endpoints and tags. */
export function createAwsProvider(
  scope: Construct,
  ctx: StackContext,
  tags: Record<string, string>,
): AwsProvider {
  const { env, region } = ctx;
  const config: AwsProviderConfig = {
    region,
    allowedAccountIds: [env.account],
    defaultTags: [{ tags }],
    ...(env.assumeRoleArn
      ? { assumeRole: [{ roleArn: env.assumeRoleArn, sessionName: `stratum-${env.name}` }] }
      : {}),
    ...(env.endpoint
      ? {
          ...EMULATOR_CREDENTIALS,
          endpoints: [Object.fromEntries(EMULATED_SERVICES.map((service) => [service, env.endpoint]))],
          s3UsePathStyle: true,
          skipCredentialsValidation: true,
          skipMetadataApiCheck: 'true',
          skipRegionValidation: true,
          // The account id is still requested (sts:GetCallerIdentity, which moto answers with 123456789012):
          // with skipRequestingAccountId the provider knows no account, and allowedAccountIds then refuses
          // every plan with "AWS account ID not allowed: ".
        }
      : {}),
  };
  return new AwsProvider(scope, 'aws', config);
}
