import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exampleGraph, scriptedRunner, simulateDeployment, VirtualClock } from '../testing';
import { planDeployment } from './plan';
import { rollbackRun } from './rollback';
import type { DeploymentPlan, SchedulerEvent, UnitOutcome } from './types';

const plan = planDeployment(exampleGraph, {
  projects: exampleGraph.projects.map((p) => p.name),
  regions: ['r1'],
});
const id = (project: string): string => `${project}@r1`;
const find = (units: readonly UnitOutcome[], project: string): UnitOutcome =>
  units.find((u) => u.unit.id === id(project))!;
/** The last unit to finish: every other unit succeeds first, so the whole plan is rolled back. */
const lastFails = {
  [id('payments-monitoring')]: { applyMs: 50, apply: { status: 'failed' as const, error: 'alarm quota' } },
};

/** Asserts that no unit began rolling back before every rolled-back unit depending on it (transitively) finished. */
function assertDependantsFirst(events: readonly SchedulerEvent[], deploymentPlan: DeploymentPlan): void {
  const dependants = new Map<string, Set<string>>();
  const collect = (unitId: string): Set<string> => {
    const cached = dependants.get(unitId);
    if (cached) return cached;
    const out = new Set<string>();
    for (const u of deploymentPlan.units)
      if (u.dependsOn.includes(unitId)) for (const d of [u.id, ...collect(u.id)]) out.add(d);
    dependants.set(unitId, out);
    return out;
  };
  const rolledBack = new Set(events.filter((e) => e.status === 'rolled_back').map((e) => e.unit.id));
  const done = new Set<string>();
  for (const event of events) {
    if (event.status === 'rolling_back') {
      for (const d of collect(event.unit.id)) {
        if (rolledBack.has(d))
          assert.ok(done.has(d), `${event.unit.id} rolled back before its dependant ${d}`);
      }
    }
    if (event.status === 'rolled_back') done.add(event.unit.id);
  }
}

describe('cascading rollback', () => {
  test('every applied unit rolls back, dependants first, one at a time in a fixed order', async () => {
    const { result, calls, events } = await simulateDeployment(plan, lastFails, { concurrency: 1 });
    assert.equal(result.status, 'rolled_back');
    assert.deepEqual(
      calls.filter((c) => c.startsWith('rollback:')),
      [
        'payments-monitoring',
        'orders-app',
        'payments-app',
        'payments-data',
        'observability',
        'platform',
        'network',
        'security-baseline',
      ].map((p) => `rollback:${id(p)}`),
    );
    assert.ok(result.units.every((u) => u.status === 'rolled_back'));
    assert.equal(find(result.units, 'payments-monitoring').error, 'alarm quota');
    assertDependantsFirst(events, plan);
  });

  test('rollback is concurrency-bounded and still dependants first', async () => {
    const { result, events, maxRunning } = await simulateDeployment(plan, lastFails, { concurrency: 3 });
    assert.equal(result.status, 'rolled_back');
    assert.ok(maxRunning <= 3);
    assertDependantsFirst(events, plan);
  });

  test('a unit left unchanged between two applied ones still orders their rollback', async () => {
    const { events } = await simulateDeployment(plan, {
      [id('platform')]: { apply: { status: 'unchanged' } },
      ...lastFails,
    });
    const started = events.filter((e) => e.status === 'rolling_back').map((e) => e.unit.id);
    assert.ok(!started.includes(id('platform')));
    const finishedOrders = events.findIndex(
      (e) => e.unit.id === id('orders-app') && e.status === 'rolled_back',
    );
    const startedNetwork = events.findIndex(
      (e) => e.unit.id === id('network') && e.status === 'rolling_back',
    );
    assert.ok(
      finishedOrders >= 0 && finishedOrders < startedNetwork,
      'orders-app (via unchanged platform) before network',
    );
  });

  test('a failed rollback leaves what it depends on in place, names every stack that needs a human', async () => {
    const { result, calls } = await simulateDeployment(plan, {
      ...lastFails,
      [id('payments-app')]: { rollback: { ok: false, error: 'Error: deleting service: still has tasks' } },
    });
    assert.equal(result.status, 'rollback_failed');
    const app = find(result.units, 'payments-app');
    assert.equal(app.status, 'rollback_failed');
    assert.equal(app.rollbackError, 'Error: deleting service: still has tasks');
    for (const blocked of ['platform', 'payments-data', 'network']) {
      const outcome = find(result.units, blocked);
      assert.equal(outcome.status, 'rollback_failed', blocked);
      assert.deepEqual(outcome.reason, { kind: 'dependant-rollback-failed', dependant: id('payments-app') });
      assert.ok(!calls.includes(`rollback:${id(blocked)}`));
    }
    assert.equal(find(result.units, 'orders-app').status, 'rolled_back');
    assert.equal(find(result.units, 'observability').status, 'rolled_back');
    assert.deepEqual(
      result.errors
        .filter((e) => e.phase === 'rollback')
        .map((e) => e.unit)
        .sort(),
      [id('network'), id('payments-app'), id('payments-data'), id('platform')],
    );
  });

  test('a rollback that throws counts as a failed rollback with its text', async () => {
    const { result } = await simulateDeployment(plan, {
      ...lastFails,
      [id('orders-app')]: { rollback: 'throw' },
    });
    assert.equal(find(result.units, 'orders-app').rollbackError, `rollback:${id('orders-app')} blew up`);
    assert.equal(result.status, 'rollback_failed');
  });

  test('with rollback none the run ends failed and applied units stay applied', async () => {
    const { result, calls } = await simulateDeployment(plan, lastFails, { rollback: 'none' });
    assert.equal(result.status, 'failed');
    assert.equal(find(result.units, 'network').status, 'succeeded');
    assert.ok(calls.every((c) => c.startsWith('apply:')));
  });

  test("rollbackRun rolls back a finished run's applied set the same way", async () => {
    const clock = new VirtualClock();
    const runner = scriptedRunner(clock);
    const events: SchedulerEvent[] = [];
    const applied = [id('network'), id('platform'), id('orders-app')];
    const result = await clock.drive(
      rollbackRun(plan, applied, runner, { now: clock.now, onEvent: (e) => events.push(e), concurrency: 2 }),
    );
    assert.equal(result.status, 'rolled_back');
    assert.deepEqual(
      runner.calls,
      ['orders-app', 'platform', 'network'].map((p) => `rollback:${id(p)}`),
    );
    assert.deepEqual(
      result.units.map((u) => [u.unit.id, u.status]),
      [
        [id('network'), 'rolled_back'],
        [id('platform'), 'rolled_back'],
        [id('orders-app'), 'rolled_back'],
      ],
    );
    assert.equal(events[0]!.previous, 'succeeded');
    await assert.rejects(rollbackRun(plan, ['ghost@r1'], runner), /Cannot roll back ghost@r1: not a unit/);
  });
});
