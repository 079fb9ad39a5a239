// Contract tests for artifact pruning and ledger stats (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ledger } from '../ledger';
import { type FixtureAccess, isLedgerError, run } from './contract-support';

/**
 * A ledger on the suite's database whose clock starts in 2001 and ticks a second per read: its runs and artifacts
 * are older than anything the other contract tests wrote (they use the real clock), so an unfinished run of
 * theirs keeps their artifacts out of this test's way, and "stored after the unfinished run started" is exact.
 */
async function pastLedger(fixture: FixtureAccess): Promise<Ledger> {
  let now = Date.UTC(2001, 0, 1);
  return fixture().open({ clock: () => new Date((now += 1000)) });
}

async function deployOnce(ledger: Ledger, env: string, stack: string, content: string): Promise<string> {
  const created = await ledger.createRun({ env, ...run });
  const hash = await ledger.putArtifact(content);
  await ledger.recordStackEvent(created.id, {
    project: stack,
    stack,
    layer: 'data',
    status: 'succeeded',
    artifactHash: hash,
  });
  await ledger.recordDeployment({ env, project: stack, stack, runId: created.id, artifactHash: hash });
  await ledger.finishRun(created.id, { status: 'succeeded' });
  return hash;
}

export function pruningContract(fixture: FixtureAccess): void {
  test('pruning keeps the last N deployments of each stack, the one before them, and what unfinished runs need', async () => {
    const ledger = await pastLedger(fixture);
    try {
      const env = 'prune-keep';
      const app: string[] = [];
      for (let v = 1; v <= 6; v++) app.push(await deployOnce(ledger, env, 'app', `{"app":${v}}`));
      // Another stack deployed twice: both stay with keep 3.
      const db = [
        await deployOnce(ledger, env, 'db', '{"db":1}'),
        await deployOnce(ledger, env, 'db', '{"db":2}'),
      ];
      // A stack destroyed last: the destroy counts as a deployment.
      const queue = [
        await deployOnce(ledger, env, 'queue', '{"queue":1}'),
        await deployOnce(ledger, env, 'queue', '{"queue":2}'),
      ];
      const destroyRun = await ledger.createRun({ env, ...run });
      await ledger.recordDeployment({
        env,
        project: 'queue',
        stack: 'queue',
        runId: destroyRun.id,
        artifactHash: null,
      });
      await ledger.finishRun(destroyRun.id, { status: 'succeeded' });
      // A failed run's artifact that was never deployed.
      const failed = await ledger.createRun({ env, ...run });
      const orphan = await ledger.putArtifact('{"app":"failed"}');
      await ledger.finishRun(failed.id, { status: 'failed', error: 'apply failed' });
      // An unfinished run: the old artifact its events name, and one it stored after it started, stay.
      const oldForRunning = await ledger.putArtifact('{"app":"old, re-applied by the running run"}');
      const running = await ledger.createRun({ env, ...run });
      await ledger.recordStackEvent(running.id, {
        project: 'app',
        stack: 'app',
        layer: 'data',
        status: 'planning',
        artifactHash: oldForRunning,
      });
      const fresh = await ledger.putArtifact('{"app":"stored while the run runs"}');

      const before = await ledger.stats();
      const dry = await ledger.pruneArtifacts({ keep: 3, dryRun: true });
      assert.deepEqual(dry.hashes, [app[0], app[1], orphan].sort());
      assert.deepEqual(await ledger.stats(), before, 'a dry run changes nothing');

      const result = await ledger.pruneArtifacts({ keep: 3 });
      assert.deepEqual(result.hashes, dry.hashes);
      assert.equal(result.pruned, 3);
      assert.equal(result.contentBytes, '{"app":1}'.length + '{"app":2}'.length + '{"app":"failed"}'.length);
      assert.ok(result.storedBytes > 0);
      for (const hash of result.hashes)
        assert.equal(await ledger.getArtifact(hash), undefined, 'pruned content reads as missing');
      for (const hash of [...app.slice(2), ...db, ...queue, oldForRunning, fresh])
        assert.ok(await ledger.getArtifact(hash), 'kept');

      const after = await ledger.stats();
      assert.equal(after.artifacts.stored, before.artifacts.stored - 3);
      assert.equal(after.artifacts.pruned, before.artifacts.pruned + 3);
      assert.equal(after.artifacts.storedBytes, before.artifacts.storedBytes - result.storedBytes);
      assert.equal(after.artifacts.contentBytes, before.artifacts.contentBytes - result.contentBytes);
      assert.equal(after.runs, before.runs, 'runs, events and deployments are history: pruning keeps them');
      assert.equal(after.events, before.events);
      assert.equal(after.deployments, before.deployments);
      assert.equal((await ledger.pruneArtifacts({ keep: 3 })).pruned, 0, 'pruning again finds nothing');

      // Needed again (a revert to old content): stored again under the same hash.
      assert.equal(await ledger.putArtifact('{"app":1}'), app[0]);
      assert.equal(await ledger.getArtifact(app[0]!), '{"app":1}');
      await ledger.finishRun(running.id, { status: 'succeeded' });
    } finally {
      await ledger.close();
    }
  });

  test('an interrupted run keeps the artifacts its rollback needs until a rollback of it succeeds', async () => {
    const ledger = await pastLedger(fixture);
    try {
      const env = 'prune-interrupted';
      await deployOnce(ledger, env, 'app', '{"app":"before"}');
      const cut = await ledger.createRun({ env, ...run });
      const midApply = await ledger.putArtifact('{"app":"mid-apply when the runner died"}');
      await ledger.recordStackEvent(cut.id, {
        project: 'app',
        stack: 'app',
        layer: 'data',
        status: 'applying',
        artifactHash: midApply,
      });
      await ledger.finishRun(cut.id, { status: 'interrupted', error: 'interrupted: lease expired' });
      // Later deploys of the stack push nothing out of the window; the run's own artifact is what is at stake.
      await deployOnce(ledger, env, 'app', '{"app":"after"}');

      assert.equal((await ledger.pruneArtifacts({ keep: 1 })).hashes.includes(midApply), false);
      assert.ok(
        await ledger.getArtifact(midApply),
        'kept while the interrupted run may still be rolled back',
      );

      const failedRollback = await ledger.createRun({ env, ...run, kind: 'rollback', baseRef: cut.id });
      await ledger.finishRun(failedRollback.id, {
        status: 'rollback_failed',
        error: 'terraform apply failed',
      });
      assert.equal((await ledger.pruneArtifacts({ keep: 1 })).hashes.includes(midApply), false);

      const rollback = await ledger.createRun({ env, ...run, kind: 'rollback', baseRef: cut.id });
      await ledger.finishRun(rollback.id, { status: 'rolled_back' });
      assert.deepEqual(
        (await ledger.pruneArtifacts({ keep: 1, dryRun: true })).hashes.includes(midApply),
        true,
      );
    } finally {
      await ledger.close();
    }
  });

  test('stats count runs, unfinished runs, events, deployments and artifact bytes', async () => {
    const ledger = await pastLedger(fixture);
    try {
      const before = await ledger.stats();
      const open = await ledger.createRun({ env: 'prune-stats', ...run });
      const content = `{"stats":"${'x'.repeat(1000)}"}`;
      await deployOnce(ledger, 'prune-stats', 'app', content);
      const after = await ledger.stats();
      assert.equal(after.runs, before.runs + 2);
      assert.equal(after.unfinishedRuns, before.unfinishedRuns + 1);
      assert.equal(after.events, before.events + 1);
      assert.equal(after.deployments, before.deployments + 1);
      assert.equal(after.artifacts.stored, before.artifacts.stored + 1);
      assert.equal(after.artifacts.contentBytes, before.artifacts.contentBytes + content.length);
      assert.ok(
        after.artifacts.storedBytes - before.artifacts.storedBytes < content.length,
        'content is stored compressed',
      );
      await ledger.finishRun(open.id, { status: 'failed', error: 'test' });
      await assert.rejects(
        ledger.pruneArtifacts({ keep: 0 }),
        isLedgerError('invalid', /keep must be a whole number/),
      );
    } finally {
      await ledger.close();
    }
  });
}
