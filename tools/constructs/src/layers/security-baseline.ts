import { Cloudtrail } from '@cdktn/provider-aws/lib/cloudtrail';
import { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
import { IamPolicy } from '@cdktn/provider-aws/lib/iam-policy';
import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktn/provider-aws/lib/iam-role-policy';
import { Construct } from '../cdktn';
import { EncryptionKey } from './encryption-key';
import { policyDocument, serviceTrustPolicy, type PolicyStatement } from './policy';
import { SecureBucket } from './secure-bucket';
import { arn, locationOf, type AwsLocation, stratumStackOf } from './stack-of';

export interface SecurityBaselineProps {
  /** Actions service roles may ever be granted; the boundary allows these and nothing else. @default DEFAULT_BOUNDARY_ACTIONS */
  readonly boundaryAllowedActions?: readonly string[];
  /** Days CloudTrail objects are kept in the bucket. @default 365 */
  readonly trailRetentionDays?: number;
  /** Retention of the trail's CloudWatch log group. @default stack.sizes.logRetentionDays */
  readonly trailLogRetentionDays?: number;
  /** KMS key deletion window. @default 30 */
  readonly keyDeletionWindowDays?: number;
  /**
   * Whether the trail records events. Always on against real AWS. On an emulated environment (`env.endpoint`
   * set) it defaults to off: moto's StartLogging only accepts a trail name, Terraform passes the ARN, and
   * the apply would retry forever. The trail, bucket and key are created either way.
   * @default !ctx.env.endpoint
   */
  readonly enableLogging?: boolean;
}

/** What service roles may do at most: data-plane actions on the services Stratum's layers use. */
export const DEFAULT_BOUNDARY_ACTIONS: readonly string[] = [
  's3:*',
  'sqs:*',
  'sns:Publish',
  'dynamodb:*',
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey*',
  'kms:DescribeKey',
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'secretsmanager:GetSecretValue',
  'secretsmanager:DescribeSecret',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'cloudwatch:PutMetricData',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'ecr:GetAuthorizationToken',
  'ecr:BatchCheckLayerAvailability',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
  'rds-db:connect',
];

/** Actions no service role may perform whatever its own policies say: privilege escalation and audit tampering. */
const BOUNDARY_DENIED_ACTIONS = [
  'iam:*',
  'organizations:*',
  'account:*',
  'cloudtrail:DeleteTrail',
  'cloudtrail:StopLogging',
  'cloudtrail:UpdateTrail',
  'cloudtrail:PutEventSelectors',
  'ec2:DeleteFlowLogs',
  'logs:DeleteLogGroup',
  'kms:ScheduleKeyDeletion',
  'kms:DisableKey',
  'kms:PutKeyPolicy',
];

/**
 * The account's security baseline: a rotating KMS key that CloudTrail, CloudWatch Logs, alarms and SNS may
 * use; a multi-region CloudTrail trail with log file validation, encrypted with that key, delivered to a
 * hardened bucket and to CloudWatch Logs; and the permission boundary every service role must carry.
 */
export class SecurityBaseline extends Construct {
  readonly kmsKeyArn: string;
  readonly kmsKeyId: string;
  readonly kmsAliasName: string;
  readonly permissionBoundaryArn: string;
  readonly permissionBoundaryName: string;
  readonly trailArn: string;
  readonly trailBucketName: string;
  readonly trailLogGroupName: string;

  constructor(scope: Construct, id: string, props: SecurityBaselineProps = {}) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names, sizes } = stack;
    const {
      boundaryAllowedActions = DEFAULT_BOUNDARY_ACTIONS,
      trailRetentionDays = 365,
      trailLogRetentionDays = sizes.logRetentionDays,
      keyDeletionWindowDays = 30,
      enableLogging = !stack.ctx.env.endpoint,
    } = props;
    const loc = locationOf(stack);
    const trailName = names.resource('trail', 128);
    const trailArn = arn(loc, 'cloudtrail', `trail/${trailName}`);

    const key = new EncryptionKey(this, 'key', {
      alias: names.resource('baseline', 200),
      description: `Stratum ${stack.ctx.env.name} baseline key: CloudTrail, logs, alarms`,
      deletionWindowDays: keyDeletionWindowDays,
      grants: keyGrants(loc),
    });

    const bucket = new SecureBucket(this, 'trail-bucket', {
      bucketName: names.global('trail'),
      kmsKeyArn: key.keyArn,
      expirationDays: trailRetentionDays,
      policyStatements: (b): PolicyStatement[] => [
        {
          sid: 'CloudTrailAclCheck',
          principal: { Service: 'cloudtrail.amazonaws.com' },
          actions: ['s3:GetBucketAcl'],
          resources: [b.arn],
          conditions: { StringEquals: { 'aws:SourceArn': trailArn } },
        },
        {
          sid: 'CloudTrailWrite',
          principal: { Service: 'cloudtrail.amazonaws.com' },
          actions: ['s3:PutObject'],
          resources: [`${b.arn}/AWSLogs/${loc.account}/*`],
          conditions: {
            StringEquals: { 'aws:SourceArn': trailArn, 's3:x-amz-acl': 'bucket-owner-full-control' },
          },
        },
      ],
    });

    const logGroup = new CloudwatchLogGroup(this, 'trail-logs', {
      name: `/stratum/${names.resource('cloudtrail', 200)}`,
      retentionInDays: trailLogRetentionDays,
      kmsKeyId: key.keyArn,
    });
    const logRole = new IamRole(this, 'trail-logs-role', {
      name: names.resource('trail-logs', 64),
      assumeRolePolicy: serviceTrustPolicy('cloudtrail.amazonaws.com', loc.account),
    });
    new IamRolePolicy(this, 'trail-logs-policy', {
      role: logRole.name,
      name: 'deliver-trail-logs',
      policy: policyDocument([
        { actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${logGroup.arn}:*`] },
      ]),
    });

    const trail = new Cloudtrail(this, 'trail', {
      name: trailName,
      s3BucketName: bucket.bucketName,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      enableLogFileValidation: true,
      enableLogging,
      kmsKeyId: key.keyArn,
      cloudWatchLogsGroupArn: `${logGroup.arn}:*`,
      cloudWatchLogsRoleArn: logRole.arn,
      dependsOn: [bucket.policy],
    });

    const boundary = new IamPolicy(this, 'boundary', {
      name: names.resource('service-boundary', 128),
      description:
        'Permission boundary every Stratum service role carries: data-plane actions only, no IAM, no audit tampering.',
      policy: policyDocument([
        { sid: 'AllowServiceDataPlane', actions: boundaryAllowedActions, resources: ['*'] },
        {
          sid: 'DenyEscalationAndAuditTampering',
          effect: 'Deny',
          actions: BOUNDARY_DENIED_ACTIONS,
          resources: ['*'],
        },
      ]),
    });

    this.kmsKeyArn = key.keyArn;
    this.kmsKeyId = key.keyId;
    this.kmsAliasName = key.aliasName;
    this.permissionBoundaryArn = boundary.arn;
    this.permissionBoundaryName = boundary.name;
    this.trailArn = trail.arn;
    this.trailBucketName = bucket.bucketName;
    this.trailLogGroupName = logGroup.name;
  }
}

/** Key policy grants for the services that encrypt with the baseline key, each scoped to this account. */
function keyGrants(loc: AwsLocation): PolicyStatement[] {
  return [
    {
      sid: 'CloudTrailEncrypts',
      principal: { Service: 'cloudtrail.amazonaws.com' },
      actions: ['kms:GenerateDataKey*', 'kms:DescribeKey'],
      conditions: {
        StringLike: {
          'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${loc.partition}:cloudtrail:*:${loc.account}:trail/*`,
        },
      },
    },
    {
      sid: 'CloudWatchLogsEncrypts',
      principal: { Service: `logs.${loc.region}.amazonaws.com` },
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': arn(loc, 'logs', '*') } },
    },
    {
      sid: 'AlarmsAndEventsPublishToEncryptedTopics',
      principal: { Service: ['cloudwatch.amazonaws.com', 'events.amazonaws.com'] },
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      conditions: { StringEquals: { 'aws:SourceAccount': loc.account } },
    },
  ];
}
