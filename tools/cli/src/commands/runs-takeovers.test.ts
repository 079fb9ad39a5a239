import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, test } from 'node:test';
import { openLedger } from '@stratum/ledger';
import { cliWorkspace, runCli } from '../test/harness';

const cli = runCli;

describe('stratum runs show: takeovers and Terraform locks', () => {
  const root = cliWorkspace({});
  after(() => rmSync(root, { recursive: true, force: true }));

  test('both sides of a takeover say who took the lease from whom, and the Terraform lock the old run left', async () => {
    let now = Date.now();
    const clock = () => new Date(now);
    const a = await openLedger(undefined, { root, host: 'host-a', runnerId: 'ci-a', clock });
    const b = await openLedger(undefined, { root, host: 'host-b', runnerId: 'ci-b', clock });
    const old = a.newRunId();
    const next = b.newRunId();
    try {
      assert.ok((await a.acquireLock('local', { runId: old, ttlMs: 4_000 })).ok);
      await a.createRun({ id: old, env: 'local', gitSha: 'abc', actor: 'alice', trigger: 'ci' });
      const held = await a.recordTerraformLock({
        runId: old,
        env: 'local',
        stack: 'app-us-east-1',
        backend: 's3',
        path: 'bucket/app.tfstate.tflock',
        lockId: 'lock-1',
        backendConfig: {},
        who: 'ci@a',
        operation: 'OperationTypeApply',
      });
      now += 10_000;
      const read = (await b.getLock('local'))!;
      assert.ok((await b.takeOverLock('local', { runId: next, from: read })).ok);
      await b.createRun({ id: next, env: 'local', gitSha: 'abc', actor: 'bob', trigger: 'ci' });
      await b.clearTerraformLock(held.id, next, 'force-unlocked');
    } finally {
      await a.close();
      await b.close();
    }

    const cut = await cli(root, 'runs', 'show', old);
    assert.equal(cut.code, 0, cut.stderr);
    assert.match(cut.stdout, new RegExp(`lease taken over .* by run ${next} \\(runner ci-b\\): .*expired`));
    assert.match(
      cut.stdout,
      new RegExp(
        `terraform lock lock-1 on bucket/app.tfstate.tflock \\(app-us-east-1\\): cleared .* by run ${next} \\(force-unlocked\\)`,
      ),
    );
    const taker = await cli(root, 'runs', 'show', next);
    assert.match(taker.stdout, new RegExp(`took the lease over .* from run ${old} \\(runner ci-a\\)`));
    const json = JSON.parse((await cli(root, 'runs', 'show', old, '--json')).stdout) as {
      takeovers: { toRunId: string }[];
      terraformLocks: { lockId: string; clearedByRun: string }[];
    };
    assert.deepEqual(
      json.takeovers.map((t) => t.toRunId),
      [next],
    );
    assert.deepEqual(
      json.terraformLocks.map((l) => [l.lockId, l.clearedByRun]),
      [['lock-1', next]],
    );
  });
});
