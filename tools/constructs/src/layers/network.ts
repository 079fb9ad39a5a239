import { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
import { DataAwsAvailabilityZones } from '@cdktn/provider-aws/lib/data-aws-availability-zones';
import { DefaultSecurityGroup } from '@cdktn/provider-aws/lib/default-security-group';
import { Eip } from '@cdktn/provider-aws/lib/eip';
import { FlowLog } from '@cdktn/provider-aws/lib/flow-log';
import { IamRole } from '@cdktn/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktn/provider-aws/lib/iam-role-policy';
import { InternetGateway } from '@cdktn/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktn/provider-aws/lib/nat-gateway';
import { Route } from '@cdktn/provider-aws/lib/route';
import { RouteTable } from '@cdktn/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktn/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktn/provider-aws/lib/subnet';
import { Vpc } from '@cdktn/provider-aws/lib/vpc';
import { Construct, Fn } from '../cdktn';
import { subnetLayout } from './cidr';
import { policyDocument, serviceTrustPolicy } from './policy';
import { arn, locationOf, stratumStackOf } from './stack-of';

export interface NetworkProps {
  /** Availability zones to span. @default stack.sizes.azCount */
  readonly azCount?: number;
  /** NAT gateways, each with an Elastic IP; private subnets share them round-robin. 0 means no private egress. @default stack.sizes.natGateways */
  readonly natGateways?: number;
  /** VPC CIDR; subnets are carved from it (see `subnetLayout`). @default stack.sizes.vpcCidr */
  readonly vpcCidr?: string;
  /** Flow log retention in days. @default stack.sizes.logRetentionDays */
  readonly flowLogRetentionDays?: number;
  /** KMS key for the flow log group; its policy must allow CloudWatch Logs. @default AWS-owned encryption */
  readonly flowLogKmsKeyArn?: string;
  /** Traffic the flow log records. @default 'ALL' */
  readonly flowLogTrafficType?: 'ALL' | 'ACCEPT' | 'REJECT';
}

/**
 * A VPC with one public and one private subnet per AZ, an internet gateway, NAT gateways, route tables, VPC
 * flow logs to CloudWatch Logs and a default security group stripped of all rules.
 *
 * AZ names come from the `aws_availability_zones` data source (state `available`, zone type
 * `availability-zone`) rather than `<region>a/b/c`: some regions skip letters, and the moto emulator serves
 * the same API, so one code path works on both.
 */
export class Network extends Construct {
  readonly vpcId: string;
  readonly vpcCidr: string;
  readonly publicSubnetIds: string[];
  readonly privateSubnetIds: string[];
  /** AZ of each subnet pair, in subnet order. */
  readonly availabilityZones: string[];
  readonly natGatewayIds: string[];
  readonly flowLogGroupName: string;

  constructor(scope: Construct, id: string, props: NetworkProps = {}) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names, sizes } = stack;
    const {
      azCount = sizes.azCount,
      natGateways = sizes.natGateways,
      vpcCidr = sizes.vpcCidr,
      flowLogRetentionDays = sizes.logRetentionDays,
      flowLogKmsKeyArn,
      flowLogTrafficType = 'ALL',
    } = props;
    if (!Number.isInteger(natGateways) || natGateways < 0 || natGateways > azCount) {
      throw new Error(
        `${this.node.path}: natGateways ${natGateways} must be between 0 and azCount (${azCount}).`,
      );
    }
    const layout = subnetLayout(vpcCidr, azCount);

    const vpc = new Vpc(this, 'vpc', {
      cidrBlock: vpcCidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: names.resource('vpc') },
    });
    new DefaultSecurityGroup(this, 'default-sg', {
      vpcId: vpc.id,
      tags: { Name: names.resource('default-locked') },
    });

    const zones = new DataAwsAvailabilityZones(this, 'azs', {
      state: 'available',
      filter: [{ name: 'zone-type', values: ['availability-zone'] }],
    });
    this.availabilityZones = layout.public.map((_, i) => Fn.element(zones.names, i));

    const subnet = (kind: 'public' | 'private', cidr: string, i: number) =>
      new Subnet(this, `${kind}-${i}`, {
        vpcId: vpc.id,
        cidrBlock: cidr,
        availabilityZone: this.availabilityZones[i],
        mapPublicIpOnLaunch: false,
        tags: { Name: names.resource(`${kind}-${i}`), 'stratum:tier': kind },
      });
    const publicSubnets = layout.public.map((cidr, i) => subnet('public', cidr, i));
    const privateSubnets = layout.private.map((cidr, i) => subnet('private', cidr, i));

    const igw = new InternetGateway(this, 'igw', { vpcId: vpc.id, tags: { Name: names.resource('igw') } });
    const publicRoutes = new RouteTable(this, 'public-rt', {
      vpcId: vpc.id,
      tags: { Name: names.resource('public') },
    });
    new Route(this, 'public-default', {
      routeTableId: publicRoutes.id,
      destinationCidrBlock: '0.0.0.0/0',
      gatewayId: igw.id,
    });
    publicSubnets.forEach(
      (s, i) =>
        new RouteTableAssociation(this, `public-rta-${i}`, { subnetId: s.id, routeTableId: publicRoutes.id }),
    );

    const nats = Array.from({ length: natGateways }, (_, i) => {
      const eip = new Eip(this, `nat-eip-${i}`, {
        domain: 'vpc',
        tags: { Name: names.resource(`nat-${i}`) },
      });
      return new NatGateway(this, `nat-${i}`, {
        allocationId: eip.allocationId,
        subnetId: publicSubnets[i]!.id,
        tags: { Name: names.resource(`nat-${i}`) },
        dependsOn: [igw],
      });
    });
    privateSubnets.forEach((s, i) => {
      const table = new RouteTable(this, `private-rt-${i}`, {
        vpcId: vpc.id,
        tags: { Name: names.resource(`private-${i}`) },
      });
      const nat = nats[i % Math.max(nats.length, 1)];
      if (nat)
        new Route(this, `private-default-${i}`, {
          routeTableId: table.id,
          destinationCidrBlock: '0.0.0.0/0',
          natGatewayId: nat.id,
        });
      new RouteTableAssociation(this, `private-rta-${i}`, { subnetId: s.id, routeTableId: table.id });
    });

    const logGroup = new CloudwatchLogGroup(this, 'flow-logs', {
      name: `/stratum/${names.resource('vpc-flow-logs', 200)}`,
      retentionInDays: flowLogRetentionDays,
      ...(flowLogKmsKeyArn ? { kmsKeyId: flowLogKmsKeyArn } : {}),
    });
    const loc = locationOf(stack);
    const role = new IamRole(this, 'flow-logs-role', {
      name: names.resource('flow-logs', 64),
      assumeRolePolicy: serviceTrustPolicy('vpc-flow-logs.amazonaws.com', loc.account),
    });
    new IamRolePolicy(this, 'flow-logs-policy', {
      role: role.name,
      name: 'write-flow-logs',
      policy: policyDocument([
        {
          actions: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
          resources: [logGroup.arn, `${logGroup.arn}:*`],
        },
        { actions: ['logs:DescribeLogGroups'], resources: [arn(loc, 'logs', 'log-group:*')] },
      ]),
    });
    new FlowLog(this, 'flow-log', {
      vpcId: vpc.id,
      trafficType: flowLogTrafficType,
      logDestinationType: 'cloud-watch-logs',
      logDestination: logGroup.arn,
      iamRoleArn: role.arn,
      maxAggregationInterval: 60,
      tags: { Name: names.resource('flow-log') },
    });

    this.vpcId = vpc.id;
    this.vpcCidr = vpcCidr;
    this.publicSubnetIds = publicSubnets.map((s) => s.id);
    this.privateSubnetIds = privateSubnets.map((s) => s.id);
    this.natGatewayIds = nats.map((n) => n.id);
    this.flowLogGroupName = logGroup.name;
  }
}
