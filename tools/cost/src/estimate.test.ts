import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimatePlanCost } from './estimate';
import type { PlanJson } from './plan-json';
import { readPriceSheet } from './sheet';

const sheet = readPriceSheet();

function change(
  address: string,
  actions: string[],
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  afterUnknown: Record<string, unknown> = {},
) {
  const type = address.split('.')[0]!;
  return { address, mode: 'managed', type, change: { actions, before, after, after_unknown: afterUnknown } };
}

describe('estimatePlanCost', () => {
  it('prices a new NAT gateway at 730 hours of the sheet price, and its EIP', () => {
    const plan: PlanJson = {
      resource_changes: [
        change('aws_nat_gateway.nat_1', ['create'], null, { connectivity_type: 'public' }),
        change('aws_eip.nat_1', ['create'], null, { domain: 'vpc' }),
        change('aws_subnet.private_1', ['create'], null, { cidr_block: '10.0.1.0/24' }),
      ],
    };
    const cost = estimatePlanCost(plan, sheet);
    assert.equal(cost.monthlyBefore, 0);
    assert.equal(cost.monthlyAfter, 32.85 + 3.65);
    assert.equal(cost.monthlyDelta, 36.5);
    assert.deepEqual(
      cost.resources.map((r) => [r.address, r.action, r.monthlyDelta]),
      [
        ['aws_nat_gateway.nat_1', 'create', 32.85],
        ['aws_eip.nat_1', 'create', 3.65],
      ],
    );
    assert.deepEqual(cost.unpriced, [], 'subnets are free, not unpriced');
  });

  it('prices an RDS class change as after minus before, with multi-AZ doubling instance and storage', () => {
    const before = {
      instance_class: 'db.t4g.micro',
      allocated_storage: 20,
      storage_type: 'gp3',
      multi_az: false,
    };
    const after = { ...before, instance_class: 'db.r6g.large', multi_az: true };
    const cost = estimatePlanCost(
      { resource_changes: [change('aws_db_instance.db', ['update'], before, after)] },
      sheet,
    );
    const micro = 0.016 * 730 + 20 * 0.115;
    const large = 2 * 0.225 * 730 + 2 * 20 * 0.115;
    assert.equal(cost.monthlyBefore, Math.round(micro * 100) / 100);
    assert.equal(cost.monthlyAfter, Math.round(large * 100) / 100);
    assert.equal(cost.resources[0]!.action, 'update');
  });

  it('counts a destroyed resource as a negative delta', () => {
    const cost = estimatePlanCost(
      { resource_changes: [change('aws_kms_key.k', ['delete'], { key_usage: 'ENCRYPT_DECRYPT' }, null)] },
      sheet,
    );
    assert.equal(cost.monthlyDelta, -1);
  });

  it('lists kinds the sheet does not know, and unknown-until-apply arguments, as unpriced, never as zero', () => {
    const cost = estimatePlanCost(
      {
        resource_changes: [
          change('aws_instance.web', ['create'], null, { instance_type: 't3.micro' }),
          change('aws_db_instance.db', ['create'], null, { allocated_storage: 20 }, { instance_class: true }),
          change('aws_db_instance.old', ['create'], null, { instance_class: 'db.x9.huge' }),
        ],
      },
      sheet,
    );
    assert.equal(cost.monthlyDelta, 0);
    assert.deepEqual(
      cost.unpriced.map((u) => [u.address, u.reason]),
      [
        ['aws_instance.web', `aws_instance is not in the price sheet ${sheet.file}`],
        ['aws_db_instance.db', 'instance_class is unknown until apply'],
        ['aws_db_instance.old', 'instance class db.x9.huge is not in the sheet'],
      ],
    );
  });

  it('prices a Fargate service from the task definition it references, and reports usage-only kinds', () => {
    const plan: PlanJson = {
      resource_changes: [
        change(
          'aws_ecs_task_definition.app',
          ['create'],
          null,
          { cpu: '512', memory: '1024' },
          { arn: true },
        ),
        change(
          'aws_ecs_service.app',
          ['create'],
          null,
          { launch_type: 'FARGATE', desired_count: 2 },
          { task_definition: true },
        ),
        change('aws_sqs_queue.jobs', ['create'], null, { name: 'jobs' }),
      ],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_ecs_service.app',
              expressions: {
                task_definition: {
                  references: ['aws_ecs_task_definition.app.arn', 'aws_ecs_task_definition.app'],
                },
              },
            },
          ],
        },
      },
    };
    const cost = estimatePlanCost(plan, sheet);
    const expected = Math.round((2 * 0.5 * 0.04048 * 730 + 2 * 1 * 0.004445 * 730) * 100) / 100;
    assert.equal(cost.monthlyDelta, expected);
    assert.deepEqual(cost.usageBased, ['aws_sqs_queue']);
  });

  it('finds the task definition of an unchanged service in the prior state by its ARN', () => {
    const arn = 'arn:aws:ecs:us-east-1:123456789012:task-definition/app:3';
    const cost = estimatePlanCost(
      {
        resource_changes: [
          change(
            'aws_ecs_service.app',
            ['update'],
            { launch_type: 'FARGATE', desired_count: 1, task_definition: arn },
            { launch_type: 'FARGATE', desired_count: 3, task_definition: arn },
          ),
        ],
        prior_state: {
          values: {
            root_module: {
              resources: [
                {
                  address: 'aws_ecs_task_definition.app',
                  type: 'aws_ecs_task_definition',
                  values: { arn, cpu: '256', memory: '512' },
                },
              ],
            },
          },
        },
      },
      sheet,
    );
    const one = 0.25 * 0.04048 * 730 + 0.5 * 0.004445 * 730;
    assert.equal(cost.monthlyBefore, Math.round(one * 100) / 100);
    assert.equal(cost.monthlyAfter, Math.round(3 * one * 100) / 100);
  });

  it('ignores data sources and no-op changes', () => {
    const cost = estimatePlanCost(
      {
        resource_changes: [
          { ...change('aws_nat_gateway.nat', ['no-op'], {}, {}) },
          { ...change('aws_kms_key.k', ['read'], null, {}), mode: 'data' },
        ],
      },
      sheet,
    );
    assert.deepEqual(cost.resources, []);
    assert.deepEqual(cost.unpriced, []);
  });
});
