import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { exampleGraph, simulateDeployment } from '../testing';
import { migrationUnitId, withMigrationUnits } from './migration-units';
import { planDeployment } from './plan';

const base = planDeployment(exampleGraph, {
  projects: exampleGraph.projects.map((p) => p.name),
  regions: ['r1', 'r2'],
});
const plan = withMigrationUnits(base, ['payments-data']);
const mig = migrationUnitId('payments-data', 'r1');
const status = (units: readonly { unit: { id: string }; status: string }[], id: string): string | undefined =>
  units.find((u) => u.unit.id === id)?.status;

describe('schema migrations as graph nodes', () => {
  test('a migrations unit per region sits after the data stack and before its dependants', () => {
    const ids = plan.units.map((u) => u.id);
    for (const region of ['r1', 'r2']) {
      const m = migrationUnitId('payments-data', region);
      const unit = plan.units.find((u) => u.id === m)!;
      assert.equal(unit.kind, 'migrations');
      assert.deepEqual(unit.dependsOn, [`payments-data@${region}`]);
      assert.ok(ids.indexOf(`payments-data@${region}`) < ids.indexOf(m));
      assert.ok(ids.indexOf(m) < ids.indexOf(`payments-app@${region}`));
      assert.ok(plan.units.find((u) => u.id === `payments-app@${region}`)!.dependsOn.includes(m));
    }
    assert.equal(plan.units.length, base.units.length + 2);
  });

  test('projects without migrations or outside the plan change nothing', () => {
    assert.equal(withMigrationUnits(base, []), base);
    assert.equal(withMigrationUnits(base, ['not-in-plan']), base);
  });

  test('the dependant applies only after the migrations finished', async () => {
    const { calls } = await simulateDeployment(plan, {}, { concurrency: 4 });
    const at = (c: string): number => calls.indexOf(c);
    assert.ok(at('apply:payments-data@r1') < at(`apply:${mig}`));
    assert.ok(at(`apply:${mig}`) < at('apply:payments-app@r1'));
  });

  test('a failed migration skips the dependants and rolls back the data stack, as a failed stack does', async () => {
    const { result, calls } = await simulateDeployment(
      plan,
      { [mig]: { apply: { status: 'failed', error: '0003_bad.sql: syntax error', changed: false } } },
      { concurrency: 1 },
    );
    assert.equal(result.status, 'rolled_back');
    assert.equal(status(result.units, mig), 'failed');
    assert.equal(status(result.units, 'payments-app@r1'), 'skipped');
    assert.equal(status(result.units, 'payments-data@r1'), 'rolled_back');
    assert.ok(!calls.includes(`rollback:${mig}`), 'a migration that changed nothing is not rolled back');
  });

  test('applied migrations roll back after their dependants and before the data stack', async () => {
    const { result, calls } = await simulateDeployment(
      plan,
      { 'payments-monitoring@r1': { applyMs: 500, apply: { status: 'failed', error: 'alarm quota' } } },
      { concurrency: 1 },
    );
    assert.equal(result.status, 'rolled_back');
    const at = (c: string): number => calls.indexOf(c);
    assert.ok(at('rollback:payments-app@r1') < at(`rollback:${mig}`));
    assert.ok(at(`rollback:${mig}`) < at('rollback:payments-data@r1'));
  });
});
