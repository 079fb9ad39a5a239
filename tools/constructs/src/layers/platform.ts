import { EcsCluster } from '@cdktn/provider-aws/lib/ecs-cluster';
import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktn/provider-aws/lib/iam-role-policy';
import { Lb } from '@cdktn/provider-aws/lib/lb';
import { LbListener, type LbListenerDefaultAction } from '@cdktn/provider-aws/lib/lb-listener';
import { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
import { Construct } from '../cdktn';
import { policyDocument, serviceTrustPolicy } from './policy';
import { egressRule, ingressRule } from './security-group';
import { arn, locationOf, stratumStackOf } from './stack-of';

export interface EcsPlatformProps {
  readonly vpcId: string;
  /** VPC CIDR: the load balancer may only send traffic into the VPC. */
  readonly vpcCidr: string;
  /** Subnets the internet-facing load balancer lives in (the network's public subnets). */
  readonly publicSubnetIds: string[];
  /** Permission boundary for the task execution role (the security baseline's). @default none */
  readonly permissionBoundaryArn?: string;
  /** CIDRs allowed to reach the load balancer on 80 and 443. @default ['0.0.0.0/0'] */
  readonly ingressCidrs?: readonly string[];
  /** ACM certificate: adds an HTTPS listener services attach to, and HTTP redirects to it. @default HTTP only */
  readonly certificateArn?: string;
  /** TLS policy of the HTTPS listener. @default 'ELBSecurityPolicy-TLS13-1-2-2021-06' */
  readonly sslPolicy?: string;
  /** S3 bucket for load balancer access logs. @default no access logs */
  readonly accessLogsBucket?: string;
  /** @default ctx.env.safety.deletionProtection */
  readonly deletionProtection?: boolean;
  /** CloudWatch Container Insights on the cluster. @default true */
  readonly containerInsights?: boolean;
}

/**
 * The shared container platform: an ECS cluster, one internet-facing Application Load Balancer in the public
 * subnets whose listener answers 404 until services add rules, its security group, and the task execution
 * role (image pulls and log delivery) that services' task definitions use.
 */
export class EcsPlatform extends Construct {
  readonly clusterArn: string;
  readonly clusterName: string;
  /** The listener services attach rules to: HTTPS when a certificate is given, else HTTP. */
  readonly albListenerArn: string;
  readonly albArn: string;
  /** For CloudWatch `LoadBalancer` dimensions. */
  readonly albArnSuffix: string;
  readonly albDnsName: string;
  readonly albZoneId: string;
  readonly albSecurityGroupId: string;
  readonly taskExecutionRoleArn: string;
  readonly taskExecutionRoleName: string;

  constructor(scope: Construct, id: string, props: EcsPlatformProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names } = stack;
    const {
      vpcId,
      vpcCidr,
      publicSubnetIds,
      permissionBoundaryArn,
      ingressCidrs = ['0.0.0.0/0'],
      certificateArn,
      sslPolicy = 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      accessLogsBucket,
      deletionProtection = stack.ctx.env.safety.deletionProtection,
      containerInsights = true,
    } = props;
    const loc = locationOf(stack);

    const cluster = new EcsCluster(this, 'cluster', {
      name: names.resource('cluster', 255),
      setting: [{ name: 'containerInsights', value: containerInsights ? 'enabled' : 'disabled' }],
    });

    const sg = new SecurityGroup(this, 'alb-sg', {
      name: names.resource('alb', 255),
      description: 'Shared load balancer: HTTP(S) in, traffic to services in the VPC out',
      vpcId,
    });
    ingressCidrs.forEach((cidr, i) => {
      for (const port of [80, 443]) {
        ingressRule(this, `alb-in-${port}-${i}`, {
          securityGroupId: sg.id,
          peer: { cidr },
          fromPort: port,
          description: `HTTP(S) ${port} from ${cidr}`,
        });
      }
    });
    egressRule(this, 'alb-out-vpc', {
      securityGroupId: sg.id,
      peer: { cidr: vpcCidr },
      fromPort: 0,
      toPort: 65535,
      description: 'To service tasks in the VPC',
    });

    const alb = new Lb(this, 'alb', {
      name: names.resource('alb', 32),
      loadBalancerType: 'application',
      internal: false,
      securityGroups: [sg.id],
      subnets: publicSubnetIds,
      dropInvalidHeaderFields: true,
      enableDeletionProtection: deletionProtection,
      ...(accessLogsBucket
        ? { accessLogs: { bucket: accessLogsBucket, enabled: true, prefix: names.resource('alb', 200) } }
        : {}),
    });
    const notFound: LbListenerDefaultAction = {
      type: 'fixed-response',
      fixedResponse: { contentType: 'text/plain', messageBody: 'Not found', statusCode: '404' },
    };
    const http = new LbListener(this, 'http', {
      loadBalancerArn: alb.arn,
      port: 80,
      protocol: 'HTTP',
      defaultAction: [
        certificateArn
          ? { type: 'redirect', redirect: { port: '443', protocol: 'HTTPS', statusCode: 'HTTP_301' } }
          : notFound,
      ],
    });
    const https = certificateArn
      ? new LbListener(this, 'https', {
          loadBalancerArn: alb.arn,
          port: 443,
          protocol: 'HTTPS',
          sslPolicy,
          certificateArn,
          defaultAction: [notFound],
        })
      : undefined;

    const execRole = new IamRole(this, 'task-execution-role', {
      name: names.resource('task-execution', 64),
      assumeRolePolicy: serviceTrustPolicy('ecs-tasks.amazonaws.com', loc.account),
      ...(permissionBoundaryArn ? { permissionsBoundary: permissionBoundaryArn } : {}),
    });
    new IamRolePolicy(this, 'task-execution-policy', {
      role: execRole.name,
      name: 'pull-images-write-logs',
      policy: policyDocument([
        // GetAuthorizationToken has no resource-level permissions.
        { sid: 'EcrLogin', actions: ['ecr:GetAuthorizationToken'], resources: ['*'] },
        {
          sid: 'PullImages',
          actions: ['ecr:BatchCheckLayerAvailability', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchGetImage'],
          resources: [arn(loc, 'ecr', 'repository/*')],
        },
        {
          sid: 'WriteLogs',
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          resources: [arn(loc, 'logs', 'log-group:*')],
        },
      ]),
    });

    this.clusterArn = cluster.arn;
    this.clusterName = cluster.name;
    this.albArn = alb.arn;
    this.albArnSuffix = alb.arnSuffix;
    this.albDnsName = alb.dnsName;
    this.albZoneId = alb.zoneId;
    this.albListenerArn = (https ?? http).arn;
    this.albSecurityGroupId = sg.id;
    this.taskExecutionRoleArn = execRole.arn;
    this.taskExecutionRoleName = execRole.name;
  }
}
