import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext } from '../testing';
import { assertSafeIngress } from './security-group';
import { ServiceSecurity } from './service-security';

const ctx = testContext({
  name: 'orders-security',
  layer: 'security',
  root: 'services/orders/security',
  service: 'orders',
});
const BOUNDARY = 'arn:aws:iam::123456789012:policy/boundary';
const BUCKET = 'arn:aws:s3:::orders-exports';

describe('ServiceSecurity', () => {
  test('creates a task role carrying the boundary with the typed statements as its inline policy', () => {
    const synth = synthStack(
      ctx,
      (s) =>
        new ServiceSecurity(s, 'orders', {
          permissionBoundaryArn: BOUNDARY,
          statements: [{ sid: 'ReadExports', actions: ['s3:GetObject'], resources: [`${BUCKET}/*`] }],
        }),
    );
    const role = Object.values(resourcesOf(synth, 'aws_iam_role'))[0]!;
    assert.equal(role.permissions_boundary, BOUNDARY);
    assert.equal(role.name, 'test-orders-security-orders-task');
    const policy = JSON.parse(String(Object.values(resourcesOf(synth, 'aws_iam_role_policy'))[0]!.policy));
    assert.deepEqual(policy.Statement, [
      { Sid: 'ReadExports', Effect: 'Allow', Action: 's3:GetObject', Resource: `${BUCKET}/*` },
    ]);
  });

  test('grants an existing role (from the application layer) without creating one', () => {
    let arn = '';
    const synth = synthStack(ctx, (s) => {
      arn = new ServiceSecurity(s, 'orders', {
        taskRoleName: 'test-orders-app-api-task',
        statements: [{ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:us-east-1:123456789012:q'] }],
      }).taskRoleArn;
    });
    assert.equal(Object.keys(resourcesOf(synth, 'aws_iam_role')).length, 0);
    assert.equal(
      Object.values(resourcesOf(synth, 'aws_iam_role_policy'))[0]!.role,
      'test-orders-app-api-task',
    );
    assert.equal(arn, 'arn:aws:iam::123456789012:role/test-orders-app-api-task');
  });

  test('rejects * on *, empty statements and a created role without boundary, naming the construct', () => {
    const build = (props: ConstructorParameters<typeof ServiceSecurity>[2]) => () =>
      synthStack(ctx, (s) => new ServiceSecurity(s, 'orders', props));
    assert.throws(
      build({
        permissionBoundaryArn: BOUNDARY,
        statements: [{ sid: 'All', actions: ['*'], resources: ['*'] }],
      }),
      /orders: statement 0 \(All\) allows action '\*' on resource '\*'/,
    );
    assert.throws(
      build({ permissionBoundaryArn: BOUNDARY, statements: [{ actions: ['s3:GetObject'], resources: [] }] }),
      /has no resources/,
    );
    assert.throws(build({ statements: [] }), /must carry the permission boundary/);
  });

  test('creates a rotating service key the role may use', () => {
    const synth = synthStack(
      ctx,
      (s) => new ServiceSecurity(s, 'orders', { permissionBoundaryArn: BOUNDARY, createKmsKey: true }),
    );
    assert.equal(Object.values(resourcesOf(synth, 'aws_kms_key'))[0]!.enable_key_rotation, true);
    const policy = JSON.parse(String(Object.values(resourcesOf(synth, 'aws_iam_role_policy'))[0]!.policy));
    assert.equal(policy.Statement[0].Sid, 'UseServiceKey');
    assert.match(policy.Statement[0].Resource, /aws_kms_key\./);
  });

  test('links security groups with ingress rules from one group to the other', () => {
    const synth = synthStack(
      ctx,
      (s) =>
        new ServiceSecurity(s, 'orders', {
          taskRoleName: 'r',
          securityGroupRules: [
            {
              fromSecurityGroupId: 'sg-worker',
              toSecurityGroupId: 'sg-api',
              port: 8080,
              description: 'worker to api',
            },
          ],
        }),
    );
    const rule = Object.values(resourcesOf(synth, 'aws_vpc_security_group_ingress_rule'))[0]!;
    assert.deepEqual(
      [rule.security_group_id, rule.referenced_security_group_id, rule.from_port, rule.to_port],
      ['sg-api', 'sg-worker', 8080, 8080],
    );
  });
});

describe('security group guard', () => {
  test('refuses SSH, RDP and all ports from anywhere but allows HTTPS', () => {
    const rule =
      (cidr: string, fromPort: number, toPort = fromPort, protocol: 'tcp' | '-1' = 'tcp') =>
      () =>
        assertSafeIngress('x', {
          securityGroupId: 'sg',
          peer: { cidr },
          fromPort,
          toPort,
          protocol,
          description: 'd',
        });
    assert.throws(rule('0.0.0.0/0', 22), /port 22 to 0\.0\.0\.0\/0/);
    assert.throws(rule('::/0', 3000, 4000), /port 3389 to ::\/0/);
    assert.throws(rule('0.0.0.0/0', 0, 0, '-1'), /all ports/);
    assert.throws(rule('0.0.0.0/0', 0, 65535), /all ports/);
    assert.doesNotThrow(rule('0.0.0.0/0', 443));
    assert.doesNotThrow(rule('10.0.0.0/8', 22));
  });
});
