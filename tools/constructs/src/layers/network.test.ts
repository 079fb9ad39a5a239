import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext, testEnvironment } from '../testing';
import { cidrSubnet, subnetLayout } from './cidr';
import { Network } from './network';

const ctx = (sizes: Record<string, unknown> = {}) =>
  testContext(
    { name: 'network', layer: 'infrastructure', root: 'shared-infra/network' },
    testEnvironment({ sizes }),
  );

describe('Network', () => {
  test('spans azCount AZs with a public and a private subnet each, carved from the VPC CIDR', () => {
    const synth = synthStack(
      ctx({ azCount: 3, natGateways: 1, vpcCidr: '10.40.0.0/16' }),
      (stack) => new Network(stack, 'net'),
    );
    const subnets = Object.values(resourcesOf(synth, 'aws_subnet'));
    assert.equal(subnets.length, 6);
    assert.deepEqual(subnets.map((s) => s.cidr_block).sort(), [
      '10.40.0.0/20',
      '10.40.128.0/20',
      '10.40.144.0/20',
      '10.40.16.0/20',
      '10.40.160.0/20',
      '10.40.32.0/20',
    ]);
    assert.ok(subnets.every((s) => s.map_public_ip_on_launch === false));
    assert.match(
      String(subnets[0]!.availability_zone),
      /element\(data\.aws_availability_zones\.net_azs_\w+\.names, 0\)/,
    );
    const vpc = Object.values(resourcesOf(synth, 'aws_vpc'))[0]!;
    assert.equal(vpc.cidr_block, '10.40.0.0/16');
  });

  test('creates natGateways NAT gateways with EIPs and routes private subnets through them round-robin', () => {
    const synth = synthStack(ctx({ azCount: 3, natGateways: 2 }), (stack) => new Network(stack, 'net'));
    assert.equal(Object.keys(resourcesOf(synth, 'aws_nat_gateway')).length, 2);
    assert.equal(Object.keys(resourcesOf(synth, 'aws_eip')).length, 2);
    const routes = Object.entries(resourcesOf(synth, 'aws_route'));
    const natRoutes = routes.filter(([, r]) => r.nat_gateway_id).map(([, r]) => String(r.nat_gateway_id));
    assert.equal(natRoutes.length, 3);
    assert.match(natRoutes[2]!, /nat-0|nat_0/);
    assert.equal(routes.filter(([, r]) => r.gateway_id).length, 1);
    assert.equal(Object.keys(resourcesOf(synth, 'aws_route_table_association')).length, 6);
  });

  test('allows zero NAT gateways: private subnets then have no default route', () => {
    const synth = synthStack(ctx({ azCount: 2, natGateways: 0 }), (stack) => new Network(stack, 'net'));
    assert.equal(Object.keys(resourcesOf(synth, 'aws_nat_gateway')).length, 0);
    assert.equal(Object.values(resourcesOf(synth, 'aws_route')).filter((r) => r.nat_gateway_id).length, 0);
  });

  test('rejects more NAT gateways than AZs with the construct path in the message', () => {
    assert.throws(
      () =>
        synthStack(
          ctx({ azCount: 2, natGateways: 1 }),
          (stack) => new Network(stack, 'net', { natGateways: 3 }),
        ),
      /net: natGateways 3/,
    );
  });

  test('records flow logs to CloudWatch through a scoped role and locks the default security group', () => {
    const synth = synthStack(ctx({ logRetentionDays: 14 }), (stack) => new Network(stack, 'net'));
    const flow = Object.values(resourcesOf(synth, 'aws_flow_log'))[0]!;
    assert.equal(flow.traffic_type, 'ALL');
    assert.equal(flow.log_destination_type, 'cloud-watch-logs');
    assert.match(String(flow.vpc_id), /aws_vpc\./);
    assert.equal(Object.values(resourcesOf(synth, 'aws_cloudwatch_log_group'))[0]!.retention_in_days, 14);
    const role = Object.values(resourcesOf(synth, 'aws_iam_role'))[0]!;
    assert.match(String(role.assume_role_policy), /vpc-flow-logs\.amazonaws\.com/);
    const policy = JSON.parse(String(Object.values(resourcesOf(synth, 'aws_iam_role_policy'))[0]!.policy));
    assert.ok(policy.Statement.every((s: { Resource: unknown }) => s.Resource !== '*'));
    const sg = Object.values(resourcesOf(synth, 'aws_default_security_group'))[0]!;
    assert.equal(sg.ingress, undefined);
    assert.equal(sg.egress, undefined);
  });
});

describe('subnet carving', () => {
  test('matches Terraform cidrsubnet', () => {
    assert.equal(cidrSubnet('10.0.0.0/16', 4, 0), '10.0.0.0/20');
    assert.equal(cidrSubnet('10.0.0.0/16', 4, 15), '10.0.240.0/20');
    assert.equal(cidrSubnet('192.168.7.0/24', 4, 9), '192.168.7.144/28');
    assert.equal(cidrSubnet('10.1.2.3/16', 8, 1), '10.1.1.0/24');
  });

  test('uses cidrsubnet() for a CIDR only known at apply time and rejects bad input', () => {
    assert.match(subnetLayout('${TfToken[TOKEN.1]}', 1).public[0]!, /TfToken/);
    assert.throws(() => subnetLayout('10.0.0.0/16', 7), /azCount 7 is out of range/);
    assert.throws(() => cidrSubnet('10.0.0/16', 4, 0), /'10\.0\.0\/16' is not an IPv4 CIDR/);
    assert.throws(() => cidrSubnet('10.0.0.0/26', 4, 0), /at most \/28/);
  });
});
