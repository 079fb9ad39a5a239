import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { unitId, type StackRunner } from '@stratum/orchestrator';
import { runTerraform } from '@stratum/terraform';
import { moveRenamedStates, withStateMoves } from './rename';
import { dataStackConfig, env, managedIn, region, settings, skipWithoutTerraform } from './rename-testing';
import type { StackArtifact } from './stacks';

async function terraform(dir: string, ...args: string[]): Promise<number> {
  const result = await runTerraform(settings, args, dir);
  if (result.exitCode > 2) throw new Error(`terraform ${args.join(' ')}: ${result.stderr}`);
  return result.exitCode;
}

/**
 * A project renamed with a declared previous name (constructed input, as computeAffected will report it): its
 * state moves to the new stack's location, so the new stack plans no change; a rollback moves it back.
 */
describe(
  'rename: the state moves, nothing is destroyed or recreated (real terraform)',
  { skip: skipWithoutTerraform },
  () => {
    const root = mkdtempSync(join(tmpdir(), 'stratum-rename-'));
    after(() => rmSync(root, { recursive: true, force: true }));
    const state = (project: string) =>
      join(root, '.stratum', 'state', env.name, region, `${project}.tfstate`);
    const stackDir = (name: string) => join(root, name);
    const artifact = (project: string): StackArtifact => ({
      unitId: unitId(project, region),
      project,
      stack: `${project}-${region}`,
      region,
      layer: 'data',
      dir: stackDir(project),
      projectRoot: project,
      hash: 'h',
      json: dataStackConfig(state(project)),
    });
    const ctx = (project: string) => ({
      root,
      env,
      runId: 'run1',
      settings,
      artifacts: new Map([[unitId(project, region), artifact(project)]]),
    });
    async function applyOld(project: string): Promise<void> {
      mkdirSync(stackDir(project), { recursive: true });
      writeFileSync(join(stackDir(project), 'cdk.tf.json'), dataStackConfig(state(project)));
      assert.equal(await terraform(stackDir(project), 'init', '-input=false'), 0);
      assert.equal(await terraform(stackDir(project), 'apply', '-input=false', '-auto-approve'), 0);
      assert.deepEqual(managedIn(state(project)), ['terraform_data.keep']);
    }

    test('the old state moves to the new location; the new stack plans no change; rollback moves it back', async () => {
      await applyOld('orders-db');
      const { moved, notes } = await moveRenamedStates(
        [{ from: 'orders-db', to: 'orders-data' }],
        ctx('orders-data'),
        region,
      );
      assert.equal(moved.length, 1);
      assert.match(notes[0]!, /Moved the state of orders-db-us-east-1 to orders-data-us-east-1/);
      assert.deepEqual(managedIn(state('orders-data')), ['terraform_data.keep']);
      assert.deepEqual(managedIn(state('orders-db')), [], 'the old location holds no resources');

      const dir = stackDir('orders-data');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'cdk.tf.json'), dataStackConfig(state('orders-data')));
      assert.equal(await terraform(dir, 'init', '-input=false'), 0);
      assert.equal(
        await terraform(dir, 'plan', '-input=false', '-detailed-exitcode'),
        0,
        'no change planned',
      );

      const inner: StackRunner = {
        apply: () => Promise.reject(new Error('not used')),
        rollback: () => Promise.resolve({ ok: false, error: 'the inner rollback would destroy the stack' }),
      };
      const runner = withStateMoves(inner, moved, ctx('orders-data'));
      const back = await runner.rollback({
        id: unitId('orders-data', region),
        project: 'orders-data',
        region,
        layer: 'data',
        dependsOn: [],
      });
      assert.deepEqual(back, { ok: true });
      assert.deepEqual(managedIn(state('orders-db')), ['terraform_data.keep']);
      assert.deepEqual(managedIn(state('orders-data')), []);
    });

    test('a new location that already holds resources is refused, and nothing moves', async () => {
      await applyOld('left');
      await applyOld('right');
      await assert.rejects(
        moveRenamedStates([{ from: 'left', to: 'right' }], ctx('right'), region),
        /already holds 1 resource\(s\); move or remove one of the two states by hand/,
      );
      assert.deepEqual(managedIn(state('left')), ['terraform_data.keep']);
    });

    test('nothing to move when the old project has no state', async () => {
      const result = await moveRenamedStates([{ from: 'never', to: 'fresh' }], ctx('fresh'), region);
      assert.deepEqual(result.moved, []);
      assert.match(result.notes[0]!, /never-us-east-1 has no state to move/);
    });
  },
);
