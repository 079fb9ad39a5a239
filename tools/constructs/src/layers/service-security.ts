import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktn/provider-aws/lib/iam-role-policy';
import { Construct } from '../cdktn';
import { EncryptionKey } from './encryption-key';
import { assertLeastPrivilege, policyDocument, serviceTrustPolicy, type PolicyStatement } from './policy';
import { ingressRule } from './security-group';
import { locationOf, stratumStackOf } from './stack-of';

/** One identity-policy statement: named actions on named resources (never `*` on `*`). */
export type ServiceStatement = Omit<PolicyStatement, 'principal' | 'resources'> & {
  readonly resources: readonly string[];
};

/** Lets members of one security group reach another on a port range (e.g. a worker to the API). */
export interface SecurityGroupLink {
  readonly fromSecurityGroupId: string;
  readonly toSecurityGroupId: string;
  readonly port: number;
  /** @default port */
  readonly toPort?: number;
  /** @default 'tcp' */
  readonly protocol?: 'tcp' | 'udp';
  readonly description: string;
}

export interface ServiceSecurityProps {
  /**
   * Existing task role to grant permissions to, e.g. `EcsService.taskRoleName` read from the application
   * layer's outputs. When unset, a role is created, trusted by `trustedService` and carrying the boundary.
   */
  readonly taskRoleName?: string;
  /** Required when a role is created: the security baseline's permission boundary. */
  readonly permissionBoundaryArn?: string;
  /** Service principal the created role trusts. @default 'ecs-tasks.amazonaws.com' */
  readonly trustedService?: string;
  /** The service's permissions. @default [] */
  readonly statements?: readonly ServiceStatement[];
  /** Extra ingress rules between security groups. @default [] */
  readonly securityGroupRules?: readonly SecurityGroupLink[];
  /** Creates a rotating service KMS key and lets the role encrypt and decrypt with it. @default false */
  readonly createKmsKey?: boolean;
  /** Base of resource names. @default the construct id */
  readonly name?: string;
}

/**
 * A service's security layer: its task role (created with the permission boundary, or an existing one),
 * least-privilege inline policy from typed statements (an `Allow` of `*` on `*` is rejected at synth time),
 * security group links between services, and an optional service KMS key.
 */
export class ServiceSecurity extends Construct {
  readonly taskRoleArn: string;
  readonly taskRoleName: string;
  /** Set when `createKmsKey` is true. */
  readonly kmsKeyArn: string | undefined;
  readonly kmsAliasName: string | undefined;

  constructor(scope: Construct, id: string, props: ServiceSecurityProps = {}) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names } = stack;
    const loc = locationOf(stack);
    const {
      taskRoleName,
      permissionBoundaryArn,
      trustedService = 'ecs-tasks.amazonaws.com',
      statements = [],
      securityGroupRules = [],
      createKmsKey = false,
      name = id,
    } = props;
    const where = this.node.path;
    assertLeastPrivilege(where, statements);
    if (!taskRoleName && !permissionBoundaryArn) {
      throw new Error(
        `${where}: a created task role must carry the permission boundary; set permissionBoundaryArn (or taskRoleName of an existing role).`,
      );
    }

    const role = taskRoleName
      ? undefined
      : new IamRole(this, 'task-role', {
          name: names.resource(`${name}-task`, 64),
          assumeRolePolicy: serviceTrustPolicy(trustedService, loc.account),
          permissionsBoundary: permissionBoundaryArn,
        });
    this.taskRoleName = taskRoleName ?? role!.name;
    this.taskRoleArn = role?.arn ?? `arn:${loc.partition}:iam::${loc.account}:role/${taskRoleName}`;

    const key = createKmsKey
      ? new EncryptionKey(this, 'key', {
          alias: names.resource(`${name}-key`, 200),
          description: `Service key of ${names.resource(name)}`,
        })
      : undefined;
    this.kmsKeyArn = key?.keyArn;
    this.kmsAliasName = key?.aliasName;

    const all: ServiceStatement[] = [
      ...statements,
      ...(key
        ? [
            {
              sid: 'UseServiceKey',
              actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
              resources: [key.keyArn],
            },
          ]
        : []),
    ];
    if (all.length > 0) {
      new IamRolePolicy(this, 'policy', {
        role: this.taskRoleName,
        name: names.resource(`${name}-permissions`, 128),
        policy: policyDocument(all),
      });
    }

    securityGroupRules.forEach((link, i) =>
      ingressRule(this, `link-${i}`, {
        securityGroupId: link.toSecurityGroupId,
        peer: { securityGroupId: link.fromSecurityGroupId },
        fromPort: link.port,
        toPort: link.toPort ?? link.port,
        protocol: link.protocol ?? 'tcp',
        description: link.description,
      }),
    );
  }
}
