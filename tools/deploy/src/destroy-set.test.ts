import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ProjectGraph } from '@stratum/graph';
import { createPlan, rollbackRun, unitId, type StackRunner } from '@stratum/orchestrator';
import { teardownUnits } from './destroy';
import { DependantsExistError, destroySelection } from './destroy-set';

const graph: ProjectGraph = {
  projects: [
    { name: 'network', root: 'shared-infra/network', layer: 'infrastructure', owner: 'p', dependsOn: [] },
    { name: 'pay-data', root: 'services/pay/data', layer: 'data', owner: 'p', dependsOn: ['network'] },
    { name: 'pay-app', root: 'services/pay/app', layer: 'application', owner: 'p', dependsOn: ['pay-data'] },
    { name: 'pay-mon', root: 'services/pay/mon', layer: 'monitoring', owner: 'p', dependsOn: ['pay-app'] },
    { name: 'orders', root: 'services/orders/app', layer: 'application', owner: 'p', dependsOn: ['network'] },
  ],
};
const env = { env: 'dev', withDependants: false };

test('the requested projects are torn down dependants first', () => {
  assert.deepEqual(destroySelection(graph, ['pay-data', 'pay-mon', 'pay-app'], new Set(), env), [
    'pay-mon',
    'pay-app',
    'pay-data',
  ]);
});

test('a dependant outside the set that still exists refuses the destroy, naming it and what to do', () => {
  const exists = new Set(['pay-data', 'pay-app', 'pay-mon']);
  assert.throws(
    () => destroySelection(graph, ['pay-data'], exists, env),
    (error: unknown) => {
      assert.ok(error instanceof DependantsExistError);
      assert.deepEqual(error.dependants, ['pay-app', 'pay-mon']);
      assert.match(error.message, /pay-app, pay-mon still exist in 'dev'.*--with-dependants/);
      return true;
    },
  );
});

test('dependants that do not exist in the environment are no concern', () => {
  assert.deepEqual(destroySelection(graph, ['pay-app'], new Set(['pay-app']), env), ['pay-app']);
});

test('--with-dependants adds every existing dependant, transitively, in teardown order', () => {
  const exists = new Set(['network', 'pay-data', 'pay-mon', 'orders']);
  assert.deepEqual(destroySelection(graph, ['network'], exists, { ...env, withDependants: true }), [
    'pay-mon',
    'orders',
    'pay-data',
    'network',
  ]);
});

test('teardown units: a stack is destroyed only after every stack of the set that depends on it, per region', async () => {
  const stacks = new Map(
    ['network', 'pay-data', 'pay-app'].flatMap((project) =>
      ['us-east-1', 'eu-west-1'].map((region) => {
        const layer = graph.projects.find((p) => p.name === project)!.layer;
        return [unitId(project, region), { project, region, layer }] as const;
      }),
    ),
  );
  const units = teardownUnits(graph, stacks);
  assert.deepEqual(units.find((u) => u.id === 'pay-app@eu-west-1')?.dependsOn, ['pay-data@eu-west-1']);
  const order: string[] = [];
  const runner: StackRunner = {
    apply: () => Promise.reject(new Error('not used')),
    rollback: async (unit) => {
      order.push(unit.id);
      return unit.id === 'pay-data@eu-west-1' ? { ok: false, error: 'boom' } : { ok: true };
    },
  };
  const result = await rollbackRun(
    createPlan(units),
    units.map((u) => u.id),
    runner,
    { concurrency: 1 },
  );
  const at = (id: string) => order.indexOf(id);
  for (const region of ['us-east-1', 'eu-west-1'])
    assert.ok(at(`pay-app@${region}`) < at(`pay-data@${region}`), order.join(' '));
  assert.ok(at('pay-data@us-east-1') < at('network@us-east-1'));
  assert.equal(at('network@eu-west-1'), -1, 'a failed destroy keeps what it depends on');
  assert.equal(result.units.find((u) => u.unit.id === 'network@eu-west-1')?.status, 'rollback_failed');
});
