import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  exampleGraph,
  graphOf,
  scriptedRunner,
  simulateDeployment,
  VirtualClock,
  type UnitScript,
} from '../testing';
import { runDeployment } from './deploy';
import { createPlan, planDeployment } from './plan';
import type { DeploymentPlan, SchedulerEvent, StackUnit } from './types';

const plan = planDeployment(exampleGraph, {
  projects: exampleGraph.projects.map((p) => p.name),
  regions: ['r1'],
});
const id = (project: string): string => `${project}@r1`;
const statusOf = (units: readonly { unit: StackUnit; status: string }[], project: string) =>
  units.find((u) => u.unit.id === id(project))?.status;

/** Asserts no unit started before every dependency finished, from the event stream. */
function assertDependenciesFirst(events: readonly SchedulerEvent[], deploymentPlan: DeploymentPlan): void {
  const finished = new Set<string>();
  for (const event of events) {
    if (event.status === 'running') {
      for (const dep of event.unit.dependsOn)
        assert.ok(finished.has(dep), `${event.unit.id} started before ${dep} finished`);
    }
    if (event.status === 'succeeded' || event.status === 'unchanged') finished.add(event.unit.id);
  }
  assert.ok(deploymentPlan.units.length > 0);
}

describe('runDeployment: order and concurrency', () => {
  test('with one slot, units start in dependency order, ties by layer then name', async () => {
    const { result, calls, events } = await simulateDeployment(plan, {}, { concurrency: 1 });
    assert.equal(result.status, 'succeeded');
    assert.deepEqual(
      calls,
      [
        'network',
        'security-baseline',
        'observability',
        'platform',
        'payments-data',
        'orders-app',
        'payments-app',
        'payments-monitoring',
      ].map((p) => `apply:${id(p)}`),
    );
    assertDependenciesFirst(events, plan);
    assert.deepEqual(result.errors, []);
  });

  test('never more than `concurrency` units run at once, and the slots are used', async () => {
    const wide = createPlan(
      Array.from({ length: 30 }, (_, i) => ({
        id: `u${String(i).padStart(2, '0')}`,
        project: `u${i}`,
        region: 'r1',
        layer: 'data' as const,
        dependsOn: i >= 10 ? [`u${String(i - 10).padStart(2, '0')}`] : [],
      })),
    );
    const script: Record<string, UnitScript> = Object.fromEntries(
      wide.units.map((u, i) => [u.id, { applyMs: 3 + (i % 7) }]),
    );
    for (const concurrency of [1, 3, 8]) {
      const { result, maxRunning, events } = await simulateDeployment(wide, script, { concurrency });
      assert.equal(result.status, 'succeeded');
      assert.equal(maxRunning, concurrency);
      let running = 0;
      for (const e of events) {
        if (e.status === 'running') running++;
        if (e.previous === 'running') running--;
        assert.ok(running <= concurrency);
      }
      assertDependenciesFirst(events, wide);
    }
  });

  test('the same plan and durations give the same event sequence, whatever order the graph lists projects in', async () => {
    const script: Record<string, UnitScript> = {
      [id('platform')]: { applyMs: 30 },
      [id('payments-data')]: { applyMs: 30 },
    };
    const shuffled = planDeployment(
      { projects: [...exampleGraph.projects].reverse() },
      { projects: [...exampleGraph.projects.map((p) => p.name)].reverse(), regions: ['r1'] },
    );
    const trace = async (p: DeploymentPlan) =>
      (await simulateDeployment(p, script, { concurrency: 2 })).events.map(
        (e) => `${e.at} ${e.unit.id} ${e.status}`,
      );
    const first = await trace(plan);
    assert.deepEqual(await trace(plan), first);
    assert.deepEqual(await trace(shuffled), first);
  });

  test('expected durations start the longest remaining path first', async () => {
    const chain = planDeployment(
      graphOf({
        a1: ['infrastructure', []],
        a2: ['infrastructure', []],
        z1: ['infrastructure', []],
        z2: ['platform', ['z1']],
        z3: ['data', ['z2']],
      }),
      { projects: ['a1', 'a2', 'z1', 'z2', 'z3'], regions: ['r1'] },
    );
    const byName = await simulateDeployment(chain, {}, { concurrency: 1 });
    assert.equal(byName.calls[0], 'apply:a1@r1');
    const expectedDurations = new Map([
      ['a1@r1', 5],
      ['a2@r1', 5],
      ['z1@r1', 10],
      ['z2@r1', 10],
      ['z3@r1', 10],
    ]);
    const byPath = await simulateDeployment(chain, {}, { concurrency: 1, expectedDurations });
    assert.deepEqual(byPath.calls.slice(0, 3), ['apply:z1@r1', 'apply:z2@r1', 'apply:z3@r1']);
  });

  test('an empty plan succeeds at once', async () => {
    const { result, calls } = await simulateDeployment({ units: [] });
    assert.deepEqual([result.status, result.units, result.errors, calls], ['succeeded', [], [], []]);
  });

  test('unchanged counts as done for dependants and is never rolled back', async () => {
    const { result } = await simulateDeployment(plan, {
      [id('network')]: { apply: { status: 'unchanged' } },
      [id('payments-monitoring')]: { apply: { status: 'failed', error: 'boom', changed: false } },
    });
    assert.equal(result.status, 'rolled_back');
    assert.equal(statusOf(result.units, 'network'), 'unchanged');
    assert.equal(statusOf(result.units, 'platform'), 'rolled_back');
    assert.equal(statusOf(result.units, 'payments-monitoring'), 'failed');
  });
});

describe('runDeployment: multi-region', () => {
  const regional = planDeployment(
    graphOf({ network: ['infrastructure', []], app: ['application', ['network']] }),
    {
      projects: ['network', 'app'],
      regions: ['eu-west-1', 'us-east-1'],
    },
  );

  test('each region is its own unit; a unit depends only on its own region', async () => {
    assert.deepEqual(
      regional.units.map((u) => [u.id, u.dependsOn]),
      [
        ['network@eu-west-1', []],
        ['network@us-east-1', []],
        ['app@eu-west-1', ['network@eu-west-1']],
        ['app@us-east-1', ['network@us-east-1']],
      ],
    );
  });

  test("a failure in one region skips only that region's dependants", async () => {
    const { result } = await simulateDeployment(
      regional,
      { 'network@eu-west-1': { apply: { status: 'failed', error: 'quota', changed: false } } },
      { onFailure: 'continue-independent', rollback: 'none' },
    );
    assert.deepEqual(
      result.units.map((u) => [u.unit.id, u.status]),
      [
        ['network@eu-west-1', 'failed'],
        ['network@us-east-1', 'succeeded'],
        ['app@eu-west-1', 'skipped'],
        ['app@us-east-1', 'succeeded'],
      ],
    );
    assert.equal(result.status, 'failed');
  });
});

describe('runDeployment: failures', () => {
  test('dependants of a failure end skipped, naming the failed unit and the edge; independent branches go on', async () => {
    const { result } = await simulateDeployment(
      plan,
      {
        [id('payments-data')]: { apply: { status: 'failed', error: 'db subnet group missing', exitCode: 1 } },
      },
      { onFailure: 'continue-independent', rollback: 'none' },
    );
    const app = result.units.find((u) => u.unit.id === id('payments-app'))!;
    const monitoring = result.units.find((u) => u.unit.id === id('payments-monitoring'))!;
    assert.equal(app.status, 'skipped');
    assert.deepEqual(app.reason, {
      kind: 'dependency-failed',
      failed: id('payments-data'),
      via: id('payments-data'),
    });
    assert.deepEqual(monitoring.reason, {
      kind: 'dependency-failed',
      failed: id('payments-data'),
      via: id('payments-app'),
    });
    assert.equal(statusOf(result.units, 'orders-app'), 'succeeded');
    assert.equal(statusOf(result.units, 'observability'), 'succeeded');
    assert.equal(result.status, 'failed');
    assert.deepEqual(result.errors, [
      {
        unit: id('payments-data'),
        phase: 'apply',
        message: `${id('payments-data')}: db subnet group missing`,
      },
    ]);
    const failed = result.units.find((u) => u.unit.id === id('payments-data'))!;
    assert.equal(failed.exitCode, 1);
  });

  test('stop-new (default): running units finish, everything pending is skipped, then the applied set rolls back', async () => {
    const { result, events, calls } = await simulateDeployment(plan, {
      [id('security-baseline')]: { applyMs: 5, apply: { status: 'failed', error: 'denied', changed: false } },
      [id('observability')]: { applyMs: 30 },
    });
    assert.equal(result.status, 'rolled_back');
    const failedAt = events.find((e) => e.status === 'failed')!.at;
    const observability = events.find((e) => e.unit.id === id('observability') && e.status === 'succeeded')!;
    assert.ok(observability.at > failedAt, 'a unit running at the failure still finishes');
    assert.deepEqual(statusOf(result.units, 'platform'), 'skipped');
    assert.deepEqual(result.units.find((u) => u.unit.id === id('orders-app'))!.reason, {
      kind: 'run-stopped',
      failed: id('security-baseline'),
    });
    const firstRollback = events.findIndex((e) => e.status === 'rolling_back');
    assert.ok(firstRollback > events.indexOf(observability), 'rollback waits for running units');
    assert.deepEqual(calls.filter((c) => c.startsWith('rollback:')).sort(), [
      `rollback:${id('network')}`,
      `rollback:${id('observability')}`,
    ]);
    assert.equal(statusOf(result.units, 'security-baseline'), 'failed');
  });

  test('a runner that throws or returns garbage fails that unit only, with the error text kept', async () => {
    const clock = new VirtualClock();
    const runner = scriptedRunner(clock, { [id('observability')]: { apply: 'throw' } });
    const garbage = {
      ...runner,
      apply: (unit: StackUnit) =>
        unit.id === id('orders-app') ? Promise.resolve(null as never) : runner.apply(unit),
    };
    const result = await clock.drive(
      runDeployment(plan, garbage, { now: clock.now, onFailure: 'continue-independent', rollback: 'none' }),
    );
    const observability = result.units.find((u) => u.unit.id === id('observability'))!;
    assert.equal(observability.status, 'failed');
    assert.equal(observability.error, `apply:${id('observability')} blew up`);
    assert.equal(statusOf(result.units, 'payments-monitoring'), 'skipped');
    assert.match(
      result.units.find((u) => u.unit.id === id('orders-app'))!.error!,
      /returned null instead of an apply result/,
    );
    assert.equal(statusOf(result.units, 'payments-app'), 'succeeded');
    assert.deepEqual(
      result.errors.map((e) => e.unit),
      [id('observability'), id('orders-app')],
    );
  });

  test('a cancelled run starts nothing new, lets running units finish and rolls them back', async () => {
    const controller = new AbortController();
    const { result } = await simulateDeployment(
      plan,
      {},
      {
        signal: controller.signal,
        onEvent: (e) => {
          if (e.unit.id === id('network') && e.status === 'succeeded') controller.abort(new Error('SIGINT'));
        },
      },
    );
    assert.equal(result.status, 'rolled_back');
    assert.deepEqual(result.units.find((u) => u.unit.id === id('platform'))!.reason, { kind: 'cancelled' });
    assert.equal(statusOf(result.units, 'network'), 'rolled_back');
    assert.deepEqual(result.errors, [{ phase: 'cancelled', message: 'The run was cancelled: SIGINT' }]);
  });

  test('a listener that throws is reported once with a count and never stops the run', async () => {
    const { result } = await simulateDeployment(
      plan,
      {},
      {
        onEvent: () => {
          throw new Error('ledger is read-only');
        },
      },
    );
    assert.equal(result.status, 'succeeded');
    assert.equal(result.errors.length, 2);
    assert.match(result.errors[0]!.message, /ledger is read-only/);
    assert.match(result.errors[1]!.message, /threw \d+ more times/);
  });

  test('a bad concurrency or an invalid plan is refused before anything runs', async () => {
    const runner = scriptedRunner(new VirtualClock());
    await assert.rejects(
      runDeployment(plan, runner, { concurrency: 0 }),
      /Concurrency must be a whole number/,
    );
    const cyclic: DeploymentPlan = {
      units: [
        { id: 'a', project: 'a', region: 'r', layer: 'data', dependsOn: ['b'] },
        { id: 'b', project: 'b', region: 'r', layer: 'data', dependsOn: ['a'] },
      ],
    };
    await assert.rejects(runDeployment(cyclic, runner), /cycle between units: a -> b -> a/);
    assert.deepEqual(runner.calls, []);
  });
});
