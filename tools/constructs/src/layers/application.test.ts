import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { resourcesOf, synthStack, testContext, testEnvironment, type SynthesizedStack } from '../testing';
import { EcsService, type EcsServiceProps } from './application';

const base: EcsServiceProps = {
  clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/c',
  albListenerArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/a/1/2',
  albSecurityGroupId: 'sg-alb',
  taskExecutionRoleArn: 'arn:aws:iam::123456789012:role/exec',
  taskExecutionRoleName: 'exec',
  vpcId: 'vpc-1',
  vpcCidr: '10.0.0.0/16',
  subnetIds: ['subnet-p1', 'subnet-p2'],
  image: 'public.ecr.aws/nginx/nginx:1.27',
  listenerRulePriority: 10,
  pathPatterns: ['/orders', '/orders/*'],
  permissionBoundaryArn: 'arn:aws:iam::123456789012:policy/boundary',
};
const env = (overrides: Record<string, unknown> = {}) => testEnvironment(overrides);
const ctxOf = (e = env()) =>
  testContext(
    { name: 'orders-app', layer: 'application', root: 'services/orders/app', service: 'orders' },
    e,
  );
const one = (synth: SynthesizedStack, type: string) => Object.values(resourcesOf(synth, type))[0]!;
type Container = {
  name: string;
  image: string;
  readonlyRootFilesystem: boolean;
  portMappings: { containerPort: number }[];
  environment: { name: string; value: string }[];
  secrets: { name: string; valueFrom: string }[];
  logConfiguration: { logDriver: string; options: Record<string, string> };
};

describe('EcsService', () => {
  const synth = synthStack(
    ctxOf(),
    (s) =>
      new EcsService(s, 'api', {
        ...base,
        environment: { B: '2', A: '1' },
        secrets: {
          DB_PASSWORD: {
            secretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db',
            jsonKey: 'password',
          },
        },
      }),
  );

  test('defines a Fargate task sized from the environment, logging to its own log group', () => {
    const task = one(synth, 'aws_ecs_task_definition');
    assert.deepEqual(task.requires_compatibilities, ['FARGATE']);
    assert.equal(task.network_mode, 'awsvpc');
    assert.equal(task.cpu, '256');
    assert.equal(task.memory, '512');
    const [container] = JSON.parse(String(task.container_definitions)) as Container[];
    assert.equal(container!.image, base.image);
    assert.equal(container!.readonlyRootFilesystem, true);
    assert.deepEqual(
      container!.portMappings.map((m) => m.containerPort),
      [8080],
    );
    assert.deepEqual(container!.environment, [
      { name: 'A', value: '1' },
      { name: 'B', value: '2' },
    ]);
    assert.deepEqual(container!.secrets, [
      {
        name: 'DB_PASSWORD',
        valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db:password::',
      },
    ]);
    assert.equal(container!.logConfiguration.logDriver, 'awslogs');
    assert.match(container!.logConfiguration.options['awslogs-group']!, /aws_cloudwatch_log_group/);
    assert.equal(one(synth, 'aws_cloudwatch_log_group').name, '/ecs/test-orders-app-api');
  });

  test('runs in private subnets with a group admitting only the ALB on the container port', () => {
    const service = one(synth, 'aws_ecs_service');
    const network = service.network_configuration as Record<string, unknown>;
    assert.deepEqual(network.subnets, ['subnet-p1', 'subnet-p2']);
    assert.equal(network.assign_public_ip, false);
    assert.equal(service.launch_type, 'FARGATE');
    assert.equal(service.desired_count, 1);
    const ingress = Object.values(resourcesOf(synth, 'aws_vpc_security_group_ingress_rule'));
    assert.deepEqual(
      ingress.map((r) => [r.referenced_security_group_id, r.from_port, r.to_port]),
      [['sg-alb', 8080, 8080]],
    );
  });

  test('registers IP targets and routes the path patterns to them', () => {
    const tg = one(synth, 'aws_lb_target_group');
    assert.equal(tg.target_type, 'ip');
    assert.equal((tg.health_check as Record<string, unknown>).path, '/health');
    assert.ok(String(tg.name).length <= 32);
    const rule = one(synth, 'aws_lb_listener_rule');
    assert.equal(rule.priority, 10);
    assert.deepEqual(rule.condition, [{ path_pattern: { values: ['/orders', '/orders/*'] } }]);
    const service = one(synth, 'aws_ecs_service');
    assert.ok((service.depends_on as string[]).some((d) => d.startsWith('aws_lb_listener_rule.')));
    // The test environment is emulated: attributes moto does not store are not diffed there.
    assert.deepEqual((service.lifecycle as { ignore_changes: string[] }).ignore_changes, [
      'enable_ecs_managed_tags',
      'health_check_grace_period_seconds',
      'availability_zone_rebalancing',
    ]);
  });

  test('creates a task role carrying the permission boundary and lets the execution role read only its secrets', () => {
    const role = one(synth, 'aws_iam_role');
    assert.equal(role.permissions_boundary, base.permissionBoundaryArn);
    const policy = one(synth, 'aws_iam_role_policy');
    assert.equal(policy.role, 'exec');
    assert.match(
      String(policy.policy),
      /"Resource":"arn:aws:secretsmanager:us-east-1:123456789012:secret:db"/,
    );
  });

  test('uses service overrides from the environment and rejects sizes Fargate cannot run', () => {
    const prod = env({
      name: 'prod',
      sizes: { taskCpu: 512, taskMemoryMb: 1024, serviceDesiredCount: 3 },
      services: { orders: { desiredCount: 4 } },
    });
    const synthProd = synthStack(
      ctxOf(prod),
      (s) => new EcsService(s, 'api', { ...base, taskRoleArn: 'arn:aws:iam::1:role/t' }),
    );
    assert.equal(one(synthProd, 'aws_ecs_service').desired_count, 4);
    assert.equal(one(synthProd, 'aws_ecs_task_definition').task_role_arn, 'arn:aws:iam::1:role/t');
    assert.equal(Object.keys(resourcesOf(synthProd, 'aws_iam_role')).length, 0);
    assert.throws(
      () => synthStack(ctxOf(), (s) => new EcsService(s, 'api', { ...base, cpu: 1024, memoryMb: 512 })),
      /api: 512 MiB does not fit cpu 1024/,
    );
  });

  test('explains missing routing, boundary and execution role name', () => {
    assert.throws(
      () => synthStack(ctxOf(), (s) => new EcsService(s, 'api', { ...base, pathPatterns: [] })),
      /give pathPatterns or hostHeaders/,
    );
    assert.throws(
      () =>
        synthStack(ctxOf(), (s) => new EcsService(s, 'api', { ...base, permissionBoundaryArn: undefined })),
      /set permissionBoundaryArn/,
    );
    const secrets = { X: { secretArn: 'arn:aws:secretsmanager:us-east-1:1:secret:x' } };
    assert.throws(
      () =>
        synthStack(
          ctxOf(),
          (s) => new EcsService(s, 'api', { ...base, taskExecutionRoleName: undefined, secrets }),
        ),
      /secrets need taskExecutionRoleName/,
    );
  });
});
