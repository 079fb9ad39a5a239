import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext, testEnvironment, type SynthesizedStack } from '../testing';
import { EcsPlatform, type EcsPlatformProps } from './platform';

const network: EcsPlatformProps = {
  vpcId: 'vpc-1',
  vpcCidr: '10.0.0.0/16',
  publicSubnetIds: ['subnet-a', 'subnet-b'],
};
const ctx = testContext({ name: 'platform', layer: 'platform', root: 'shared-infra/platform' });
const all = (synth: SynthesizedStack, type: string) => Object.values(resourcesOf(synth, type));

describe('EcsPlatform', () => {
  const synth = synthStack(
    ctx,
    (stack) =>
      new EcsPlatform(stack, 'ecs', {
        ...network,
        permissionBoundaryArn: 'arn:aws:iam::123456789012:policy/b',
      }),
  );

  test('creates a cluster with Container Insights', () => {
    assert.deepEqual(all(synth, 'aws_ecs_cluster')[0]!.setting, [
      { name: 'containerInsights', value: 'enabled' },
    ]);
  });

  test('puts an internet-facing ALB in the public subnets whose HTTP listener answers 404', () => {
    const alb = all(synth, 'aws_lb')[0]!;
    assert.equal(alb.internal, false);
    assert.deepEqual(alb.subnets, ['subnet-a', 'subnet-b']);
    assert.equal(alb.drop_invalid_header_fields, true);
    assert.ok(String(alb.name).length <= 32);
    const listeners = all(synth, 'aws_lb_listener');
    assert.equal(listeners.length, 1);
    const action = (listeners[0]!.default_action as Record<string, unknown>[])[0]!;
    assert.equal(action.type, 'fixed-response');
    assert.equal((action.fixed_response as Record<string, unknown>).status_code, '404');
  });

  test('opens 80 and 443 only, and sends traffic only into the VPC', () => {
    const ingress = all(synth, 'aws_vpc_security_group_ingress_rule');
    assert.deepEqual(ingress.map((r) => r.from_port).sort(), [443, 80]);
    assert.ok(ingress.every((r) => r.from_port === r.to_port && r.ip_protocol === 'tcp'));
    assert.deepEqual(
      all(synth, 'aws_vpc_security_group_egress_rule').map((r) => r.cidr_ipv4),
      ['10.0.0.0/16'],
    );
  });

  test('gives the task execution role the permission boundary and scoped pull/log permissions', () => {
    const role = all(synth, 'aws_iam_role')[0]!;
    assert.equal(role.permissions_boundary, 'arn:aws:iam::123456789012:policy/b');
    assert.match(String(role.assume_role_policy), /ecs-tasks\.amazonaws\.com/);
    const policy = JSON.parse(String(all(synth, 'aws_iam_role_policy')[0]!.policy)) as {
      Statement: { Action: string | string[]; Resource: string }[];
    };
    const star = policy.Statement.filter((s) => s.Resource === '*');
    assert.deepEqual(
      star.map((s) => s.Action),
      ['ecr:GetAuthorizationToken'],
    );
  });

  test('with a certificate, services attach to HTTPS and HTTP redirects', () => {
    const tls = synthStack(ctx, (stack) => {
      const p = new EcsPlatform(stack, 'ecs', {
        ...network,
        certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/x',
      });
      assert.match(p.albListenerArn, /TfToken/);
    });
    const listeners = Object.entries(resourcesOf(tls, 'aws_lb_listener'));
    const https = listeners.find(([, l]) => l.protocol === 'HTTPS')![1];
    assert.equal(https.ssl_policy, 'ELBSecurityPolicy-TLS13-1-2-2021-06');
    const http = listeners.find(([, l]) => l.protocol === 'HTTP')![1];
    assert.equal((http.default_action as Record<string, unknown>[])[0]!.type, 'redirect');
  });

  test('protects the ALB from deletion only where the environment asks for it', () => {
    const prod = testContext(
      { name: 'platform', layer: 'platform' },
      testEnvironment({ name: 'prod', safety: { deletionProtection: true } }),
    );
    assert.equal(
      all(
        synthStack(prod, (s) => new EcsPlatform(s, 'ecs', network)),
        'aws_lb',
      )[0]!.enable_deletion_protection,
      true,
    );
    assert.equal(all(synth, 'aws_lb')[0]!.enable_deletion_protection, false);
  });

  test('accepts IPv6 sources as cidr_ipv6 rules', () => {
    const dual = synthStack(
      ctx,
      (s) => new EcsPlatform(s, 'ecs', { ...network, ingressCidrs: ['0.0.0.0/0', '::/0'] }),
    );
    const ingress = Object.values(resourcesOf(dual, 'aws_vpc_security_group_ingress_rule'));
    assert.deepEqual(ingress.map((r) => r.cidr_ipv4 ?? r.cidr_ipv6).sort(), [
      '0.0.0.0/0',
      '0.0.0.0/0',
      '::/0',
      '::/0',
    ]);
  });
});
