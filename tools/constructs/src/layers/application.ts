import { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
import { EcsService as AwsEcsService } from '@cdktn/provider-aws/lib/ecs-service';
import { EcsTaskDefinition } from '@cdktn/provider-aws/lib/ecs-task-definition';
import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktn/provider-aws/lib/iam-role-policy';
import { LbListenerRule, type LbListenerRuleCondition } from '@cdktn/provider-aws/lib/lb-listener-rule';
import { LbTargetGroup } from '@cdktn/provider-aws/lib/lb-target-group';
import { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
import { Construct } from '../cdktn';
import { assertFargateSize, containerDefinitions, type ContainerSecret } from './fargate';
import { policyDocument, serviceTrustPolicy } from './policy';
import { egressRule, ingressRule } from './security-group';
import { ignoreOnEmulator, stratumStackOf } from './stack-of';

export type { ContainerSecret } from './fargate';

export interface EcsServiceProps {
  /** From the platform: cluster, listener, ALB security group and task execution role. */
  readonly clusterArn: string;
  readonly albListenerArn: string;
  readonly albSecurityGroupId: string;
  readonly taskExecutionRoleArn: string;
  /** Needed only with `secrets`: the service adds a policy reading exactly those secrets to this role. */
  readonly taskExecutionRoleName?: string;
  /** From the network: tasks run in the private subnets and may reach anything inside the VPC CIDR. */
  readonly vpcId: string;
  readonly vpcCidr: string;
  readonly subnetIds: string[];
  readonly image: string;
  /** Unique per listener; lower numbers are evaluated first. */
  readonly listenerRulePriority: number;
  /** Paths routed to the service, e.g. ['/orders', '/orders/*']. Give these, `hostHeaders`, or both. */
  readonly pathPatterns?: readonly string[];
  readonly hostHeaders?: readonly string[];
  /** Name used for the container, service, family and resource names. @default the construct id */
  readonly name?: string;
  /** @default 8080 */
  readonly containerPort?: number;
  /** @default '/health' */
  readonly healthCheckPath?: string;
  /** Task role; when unset the service creates an empty one carrying `permissionBoundaryArn`, and the security layer grants it permissions. */
  readonly taskRoleArn?: string;
  /** Required when the service creates its task role. */
  readonly permissionBoundaryArn?: string;
  /** @default {} */
  readonly environment?: Readonly<Record<string, string>>;
  /** Environment variables filled from Secrets Manager. @default {} */
  readonly secrets?: Readonly<Record<string, ContainerSecret>>;
  /** KMS key encrypting those secrets (the execution role may decrypt with it). @default AWS-managed key */
  readonly secretsKmsKeyArn?: string;
  /** @default stack.sizes.serviceDesiredCount */
  readonly desiredCount?: number;
  /** @default stack.sizes.taskCpu */
  readonly cpu?: number;
  /** @default stack.sizes.taskMemoryMb */
  readonly memoryMb?: number;
  /** @default 'X86_64' */
  readonly cpuArchitecture?: 'X86_64' | 'ARM64';
  /** @default true (mount a volume for scratch space if the app writes files) */
  readonly readonlyRootFilesystem?: boolean;
  /** @default stack.sizes.logRetentionDays */
  readonly logRetentionDays?: number;
  /** KMS key for the log group; its policy must allow CloudWatch Logs. @default AWS-owned encryption */
  readonly logKmsKeyArn?: string;
}

/**
 * A Fargate service behind the shared ALB: task definition with awslogs logging, service in private subnets
 * with its own security group (ingress only from the ALB on the container port), an IP target group with a
 * health check, and a listener rule routing the given paths or hosts to it.
 */
export class EcsService extends Construct {
  readonly serviceName: string;
  readonly targetGroupArn: string;
  /** For the CloudWatch `TargetGroup` dimension. */
  readonly targetGroupArnSuffix: string;
  readonly securityGroupId: string;
  readonly logGroupName: string;
  readonly taskDefinitionArn: string;
  readonly taskRoleArn: string;
  /** Set when the service created its task role. */
  readonly taskRoleName: string | undefined;

  constructor(scope: Construct, id: string, props: EcsServiceProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names, sizes } = stack;
    const p = props;
    const {
      name = id,
      containerPort = 8080,
      healthCheckPath = '/health',
      pathPatterns = [],
      hostHeaders = [],
      environment = {},
      secrets = {},
      desiredCount = sizes.serviceDesiredCount,
      cpu = sizes.taskCpu,
      memoryMb = sizes.taskMemoryMb,
      cpuArchitecture = 'X86_64',
      readonlyRootFilesystem = true,
      logRetentionDays = sizes.logRetentionDays,
    } = p;
    const where = this.node.path;
    assertFargateSize(where, cpu, memoryMb);
    if (pathPatterns.length === 0 && hostHeaders.length === 0)
      throw new Error(`${where}: give pathPatterns or hostHeaders so the ALB can route to the service.`);
    if (Object.keys(secrets).length > 0 && !p.taskExecutionRoleName)
      throw new Error(`${where}: secrets need taskExecutionRoleName (the platform's) to grant reading them.`);
    if (!p.taskRoleArn && !p.permissionBoundaryArn)
      throw new Error(
        `${where}: set permissionBoundaryArn (the security baseline's) or pass an existing taskRoleArn.`,
      );
    const base = names.resource(name, 200);

    const logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: `/ecs/${base}`,
      retentionInDays: logRetentionDays,
      ...(p.logKmsKeyArn ? { kmsKeyId: p.logKmsKeyArn } : {}),
    });

    const role = p.taskRoleArn
      ? undefined
      : new IamRole(this, 'task-role', {
          name: names.resource(`${name}-task`, 64),
          assumeRolePolicy: serviceTrustPolicy('ecs-tasks.amazonaws.com', stack.ctx.env.account),
          permissionsBoundary: p.permissionBoundaryArn,
        });
    const secretArns = [...new Set(Object.values(secrets).map((s) => s.secretArn))];
    if (secretArns.length > 0) {
      new IamRolePolicy(this, 'read-secrets', {
        role: p.taskExecutionRoleName!,
        name: `${base}-secrets`.slice(0, 128),
        policy: policyDocument([
          { sid: 'ReadServiceSecrets', actions: ['secretsmanager:GetSecretValue'], resources: secretArns },
          ...(p.secretsKmsKeyArn
            ? [{ sid: 'DecryptServiceSecrets', actions: ['kms:Decrypt'], resources: [p.secretsKmsKeyArn] }]
            : []),
        ]),
      });
    }

    const task = new EcsTaskDefinition(this, 'task', {
      family: base,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: String(cpu),
      memory: String(memoryMb),
      executionRoleArn: p.taskExecutionRoleArn,
      taskRoleArn: p.taskRoleArn ?? role!.arn,
      runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture },
      containerDefinitions: containerDefinitions({
        name,
        image: p.image,
        port: containerPort,
        environment,
        secrets,
        logGroupName: logGroup.name,
        region: stack.ctx.region,
        readonlyRootFilesystem,
      }),
    });

    const sg = new SecurityGroup(this, 'sg', {
      name: names.resource(`${name}-tasks`, 255),
      description: `Tasks of ${base}`,
      vpcId: p.vpcId,
    });
    ingressRule(this, 'from-alb', {
      securityGroupId: sg.id,
      peer: { securityGroupId: p.albSecurityGroupId },
      fromPort: containerPort,
      description: 'From the shared ALB',
    });
    egressRule(this, 'to-vpc', {
      securityGroupId: sg.id,
      peer: { cidr: p.vpcCidr },
      fromPort: 0,
      toPort: 65535,
      description: 'To databases and services in the VPC',
    });
    egressRule(this, 'to-https', {
      securityGroupId: sg.id,
      peer: { cidr: '0.0.0.0/0' },
      fromPort: 443,
      description: 'HTTPS to AWS APIs and image registries',
    });

    const targets = new LbTargetGroup(this, 'tg', {
      name: names.resource(name, 32),
      targetType: 'ip',
      protocol: 'HTTP',
      port: containerPort,
      vpcId: p.vpcId,
      deregistrationDelay: '30',
      healthCheck: {
        enabled: true,
        path: healthCheckPath,
        matcher: '200-399',
        interval: 15,
        healthyThreshold: 2,
        unhealthyThreshold: 3,
      },
    });
    const condition: LbListenerRuleCondition[] = [
      ...(pathPatterns.length ? [{ pathPattern: { values: [...pathPatterns] } }] : []),
      ...(hostHeaders.length ? [{ hostHeader: { values: [...hostHeaders] } }] : []),
    ];
    const rule = new LbListenerRule(this, 'rule', {
      listenerArn: p.albListenerArn,
      priority: p.listenerRulePriority,
      action: [{ type: 'forward', targetGroupArn: targets.arn }],
      condition,
    });

    const service = new AwsEcsService(this, 'service', {
      name: base,
      cluster: p.clusterArn,
      taskDefinition: task.arn,
      desiredCount,
      launchType: 'FARGATE',
      platformVersion: 'LATEST',
      propagateTags: 'SERVICE',
      enableEcsManagedTags: true,
      healthCheckGracePeriodSeconds: 60,
      deploymentCircuitBreaker: { enable: true, rollback: true },
      networkConfiguration: { subnets: p.subnetIds, securityGroups: [sg.id], assignPublicIp: false },
      loadBalancer: [{ targetGroupArn: targets.arn, containerName: name, containerPort }],
      // ECS rejects a target group that no listener uses yet.
      dependsOn: [rule],
    });
    ignoreOnEmulator(stack, service, [
      'enable_ecs_managed_tags',
      'health_check_grace_period_seconds',
      'availability_zone_rebalancing',
    ]);

    this.serviceName = service.name;
    this.targetGroupArn = targets.arn;
    this.targetGroupArnSuffix = targets.arnSuffix;
    this.securityGroupId = sg.id;
    this.logGroupName = logGroup.name;
    this.taskDefinitionArn = task.arn;
    this.taskRoleArn = p.taskRoleArn ?? role!.arn;
    this.taskRoleName = role?.name;
  }
}
