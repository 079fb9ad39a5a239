import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { unitId } from '@stratum/orchestrator';
import { runTerraform } from '@stratum/terraform';
import { planOnMovedState } from './rename-plan';
import { dataStackConfig, env, managedIn, region, settings, skipWithoutTerraform } from './rename-testing';
import type { StackArtifact } from './stacks';

/** `terraform plan -detailed-exitcode` in `dir`: 0 no change, 2 changes. */
async function planExit(dir: string): Promise<number> {
  assert.equal((await runTerraform(settings, ['init', '-input=false', '-reconfigure'], dir)).exitCode, 0);
  const result = await runTerraform(settings, ['plan', '-input=false', '-detailed-exitcode'], dir);
  if (result.exitCode === 1) throw new Error(result.stderr);
  return result.exitCode;
}

/**
 * A renamed project's plan, before the deploy moves its state: planned on a copy of the old stack's state, it
 * shows no change (the rename keeps every resource), while neither state location is touched.
 */
describe(
  'rename: the plan runs on the state the deploy will move (real terraform)',
  { skip: skipWithoutTerraform },
  () => {
    const root = mkdtempSync(join(tmpdir(), 'stratum-rename-plan-'));
    after(() => rmSync(root, { recursive: true, force: true }));
    const state = (project: string) =>
      join(root, '.stratum', 'state', env.name, region, `${project}.tfstate`);
    const synthDir = (project: string) =>
      join(root, project, 'cdktf.out', env.name, 'stacks', `${project}-${region}`);
    const artifact = (project: string): StackArtifact => ({
      unitId: unitId(project, region),
      project,
      stack: `${project}-${region}`,
      region,
      layer: 'data',
      dir: synthDir(project),
      projectRoot: project,
      hash: 'h',
      json: dataStackConfig(state(project)),
    });
    const synth = (project: string): string => {
      mkdirSync(synthDir(project), { recursive: true });
      writeFileSync(join(synthDir(project), 'cdk.tf.json'), dataStackConfig(state(project)));
      return synthDir(project);
    };
    const input = (from: string, to: string) => ({
      root,
      env,
      settings,
      artifact: artifact(to),
      rename: { from, to },
      configDir: synthDir(to),
    });

    test('the renamed stack plans no change on the old state; both state files stay as they were', async () => {
      const old = synth('orders-db');
      assert.equal((await runTerraform(settings, ['init', '-input=false'], old)).exitCode, 0);
      assert.equal(
        (await runTerraform(settings, ['apply', '-input=false', '-auto-approve'], old)).exitCode,
        0,
      );
      synth('orders-data');
      assert.equal(await planExit(synthDir('orders-data')), 2, 'as it is, the new stack would create');

      const moved = await planOnMovedState(input('orders-db', 'orders-data'));
      assert.ok(moved);
      assert.equal(
        moved.dir,
        join(root, 'orders-data', 'cdktf.out', env.name, 'renamed', `orders-data-${region}`),
      );
      assert.match(
        moved.reason,
        /renamed from orders-db: planned on the state of orders-db-us-east-1, which moves to orders-data-us-east-1 at deploy/,
      );
      assert.equal(await planExit(moved.dir), 0, 'on the moved state: no change');
      assert.deepEqual(managedIn(state('orders-db')), ['terraform_data.keep'], 'the old state is untouched');
      assert.deepEqual(managedIn(state('orders-data')), [], 'nothing was written to the new location');
    });

    test('nothing to plan differently when the old stack has no state, or the new one already has it', async () => {
      synth('fresh');
      assert.equal(await planOnMovedState(input('never', 'fresh')), undefined);
      const both = synth('both');
      assert.equal((await runTerraform(settings, ['init', '-input=false'], both)).exitCode, 0);
      assert.equal(
        (await runTerraform(settings, ['apply', '-input=false', '-auto-approve'], both)).exitCode,
        0,
      );
      assert.equal(await planOnMovedState(input('orders-db', 'both')), undefined);
    });
  },
);
