import { DbInstance } from '@cdktn/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktn/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktn/provider-aws/lib/db-subnet-group';
import { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
import { Construct } from '../cdktn';
import { ingressRule } from './security-group';
import { ignoreOnEmulator, stratumStackOf } from './stack-of';

export { Queue, type QueueProps } from './queue';

export interface PostgresDatabaseProps {
  readonly vpcId: string;
  /** Subnets of the subnet group (the network's private subnets, two AZs or more). */
  readonly subnetIds: string[];
  /** Security groups allowed to connect on the database port (e.g. service task groups). @default [] */
  readonly allowedSecurityGroupIds?: readonly string[];
  /** CIDRs allowed to connect (e.g. the VPC CIDR); never 0.0.0.0/0. @default [] */
  readonly allowedCidrs?: readonly string[];
  /**
   * Set when a higher layer (the service's security stack) adds the ingress rules to `securityGroupId`, so
   * that no allowed source here is intended rather than a mistake. @default false
   */
  readonly ingressManagedElsewhere?: boolean;
  /** KMS key for storage, Performance Insights and the managed password secret. @default the AWS-managed RDS key */
  readonly kmsKeyArn?: string;
  /** PostgreSQL major version (also picks the parameter group family). @default '16' */
  readonly engineVersion?: string;
  /** @default 'app' */
  readonly databaseName?: string;
  /** @default 'stratum' */
  readonly username?: string;
  /** @default 5432 */
  readonly port?: number;
  /** @default stack.sizes.dbInstanceClass */
  readonly instanceClass?: string;
  /** @default stack.sizes.dbAllocatedStorageGb */
  readonly allocatedStorageGb?: number;
  /** Storage autoscaling ceiling. @default 4 × allocatedStorageGb */
  readonly maxAllocatedStorageGb?: number;
  /** @default stack.sizes.dbMultiAz */
  readonly multiAz?: boolean;
  /** Days of automated backups. @default 7 */
  readonly backupRetentionDays?: number;
  /** @default true */
  readonly performanceInsights?: boolean;
}

/**
 * A PostgreSQL RDS instance that is private, encrypted and keeps its password in Secrets Manager (managed by
 * RDS, never in Terraform state): a subnet group over private subnets, a security group admitting only the
 * given groups or CIDRs on the database port, a parameter group forcing TLS, and deletion protection and
 * final snapshots from the environment's safety settings.
 */
export class PostgresDatabase extends Construct {
  /** Host name to connect to. */
  readonly endpoint: string;
  readonly port: number;
  readonly securityGroupId: string;
  /** Secrets Manager secret holding `username` and `password`, rotated by RDS. */
  readonly secretArn: string;
  /** For the CloudWatch `DBInstanceIdentifier` dimension. */
  readonly instanceIdentifier: string;
  readonly instanceArn: string;
  readonly databaseName: string;
  readonly username: string;

  constructor(scope: Construct, id: string, props: PostgresDatabaseProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names, sizes } = stack;
    const { safety } = stack.ctx.env;
    const {
      vpcId,
      subnetIds,
      allowedSecurityGroupIds = [],
      allowedCidrs = [],
      kmsKeyArn,
      engineVersion = '16',
      databaseName = 'app',
      username = 'stratum',
      port = 5432,
      instanceClass = sizes.dbInstanceClass,
      allocatedStorageGb = sizes.dbAllocatedStorageGb,
      maxAllocatedStorageGb = allocatedStorageGb * 4,
      multiAz = sizes.dbMultiAz,
      backupRetentionDays = 7,
      performanceInsights = true,
    } = props;
    if (allowedSecurityGroupIds.length === 0 && allowedCidrs.length === 0 && !props.ingressManagedElsewhere) {
      throw new Error(
        `${this.node.path}: nobody may connect; set allowedSecurityGroupIds (service groups) or allowedCidrs (e.g. the VPC CIDR), or ingressManagedElsewhere when a security stack adds the rules.`,
      );
    }
    const major = engineVersion.split('.')[0]!;
    const identifier = names.resource(id, 63);

    const sg = new SecurityGroup(this, 'sg', {
      name: names.resource(`${id}-db`, 255),
      description: `PostgreSQL ${identifier}: clients in, nothing out`,
      vpcId,
    });
    allowedSecurityGroupIds.forEach((source, i) =>
      ingressRule(this, `from-sg-${i}`, {
        securityGroupId: sg.id,
        peer: { securityGroupId: source },
        fromPort: port,
        description: 'PostgreSQL from a client group',
      }),
    );
    allowedCidrs.forEach((cidr, i) => {
      if (cidr === '0.0.0.0/0' || cidr === '::/0')
        throw new Error(`${this.node.path}: allowedCidrs may not contain ${cidr}; use the VPC CIDR.`);
      ingressRule(this, `from-cidr-${i}`, {
        securityGroupId: sg.id,
        peer: { cidr },
        fromPort: port,
        description: `PostgreSQL from ${cidr}`,
      });
    });

    const subnets = new DbSubnetGroup(this, 'subnets', {
      name: identifier,
      subnetIds,
      description: `Private subnets of ${identifier}`,
    });
    const params = new DbParameterGroup(this, 'params', {
      name: identifier,
      family: `postgres${major}`,
      description: `TLS-only settings of ${identifier}`,
      parameter: [
        { name: 'rds.force_ssl', value: '1', applyMethod: 'pending-reboot' },
        { name: 'log_connections', value: '1', applyMethod: 'pending-reboot' },
      ],
    });
    // moto returns parameters without their `Source`, so the provider reads none back.
    ignoreOnEmulator(stack, params, ['parameter']);

    const db = new DbInstance(this, 'db', {
      identifier,
      engine: 'postgres',
      engineVersion,
      instanceClass,
      allocatedStorage: allocatedStorageGb,
      maxAllocatedStorage: maxAllocatedStorageGb,
      storageType: 'gp3',
      storageEncrypted: true,
      ...(kmsKeyArn ? { kmsKeyId: kmsKeyArn, masterUserSecretKmsKeyId: kmsKeyArn } : {}),
      dbName: databaseName,
      username,
      manageMasterUserPassword: true,
      port,
      multiAz,
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: [sg.id],
      parameterGroupName: params.name,
      publiclyAccessible: false,
      iamDatabaseAuthenticationEnabled: true,
      backupRetentionPeriod: backupRetentionDays,
      copyTagsToSnapshot: true,
      autoMinorVersionUpgrade: true,
      enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      performanceInsightsEnabled: performanceInsights,
      ...(performanceInsights && kmsKeyArn ? { performanceInsightsKmsKeyId: kmsKeyArn } : {}),
      deletionProtection: safety.deletionProtection,
      skipFinalSnapshot: safety.skipFinalSnapshot,
      ...(safety.skipFinalSnapshot ? {} : { finalSnapshotIdentifier: `${identifier}-final` }),
    });
    // moto does not store Performance Insights settings.
    ignoreOnEmulator(stack, db, ['performance_insights_enabled', 'performance_insights_kms_key_id']);

    this.endpoint = db.address;
    this.port = port;
    this.securityGroupId = sg.id;
    this.secretArn = db.masterUserSecret.get(0).secretArn;
    this.instanceIdentifier = db.identifier;
    this.instanceArn = db.arn;
    this.databaseName = databaseName;
    this.username = username;
  }
}
