// Contract tests for environment locks and interrupted runs (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deadPid, type FixtureAccess, isLedgerError, run } from './contract-support';
import { runWorker } from './harness';

export function locksContract(fixture: FixtureAccess): void {
  test('of two racing acquireLock calls one wins and the loser sees the holder', async () => {
    const { ledger, open } = fixture();
    const other = await open({ host: 'other-host', pid: 4242 });
    try {
      const mine = ledger.newRunId();
      const theirs = other.newRunId();
      const [a, b] = await Promise.all([
        ledger.acquireLock('race', { runId: mine }),
        other.acquireLock('race', { runId: theirs }),
      ]);
      assert.equal([a, b].filter((r) => r.ok).length, 1);
      const winner = a.ok ? a.lock : b.ok ? b.lock : undefined;
      const loser = !a.ok ? a.holder : !b.ok ? b.holder : undefined;
      assert.ok(winner && loser);
      assert.deepEqual(loser, winner);
      assert.equal(winner.runId, a.ok ? mine : theirs);
      assert.equal(winner.host, a.ok ? ledger.host : 'other-host');
      const losing = a.ok ? theirs : mine;
      await assert.rejects(
        (a.ok ? other : ledger).releaseLock('race', losing),
        isLedgerError(
          'lock_conflict',
          new RegExp(`held by run ${winner.runId} \\(runner ${winner.runnerId}, since`),
        ),
      );
      assert.ok(
        (await ledger.acquireLock('race', { runId: winner.runId })).ok,
        'the holder may take its lock again',
      );
      assert.equal(await ledger.releaseLock('race', winner.runId), true);
      assert.equal(await ledger.releaseLock('race', winner.runId), false);
      assert.ok((await other.acquireLock('race', { runId: losing })).ok, 'a released lock can be taken');
      assert.ok(
        (await ledger.acquireLock('race-elsewhere', { runId: mine })).ok,
        'environments lock independently',
      );
    } finally {
      await other.close();
    }
  });

  test('of two processes racing for a lock exactly one wins', async () => {
    const { ledger, location } = fixture();
    const results = await Promise.all([
      runWorker(location, ['lock', 'proc-race']),
      runWorker(location, ['lock', 'proc-race']),
    ]);
    const outcomes = results.map((r) => {
      assert.equal(r.code, 0, r.stderr);
      return r.output[0] as {
        ok: boolean;
        lock?: { runId: string };
        holder?: { runId: string; pid: number };
      };
    });
    const winners = outcomes.filter((o) => o.ok);
    assert.equal(winners.length, 1);
    const loser = outcomes.find((o) => !o.ok);
    assert.equal(loser?.holder?.runId, winners[0]?.lock?.runId);
    assert.equal((await ledger.getLock('proc-race'))?.runId, winners[0]?.lock?.runId);
  });

  test('a killed run is marked interrupted; its stale lock stays until released by its run id', async () => {
    const { ledger, location } = fixture();
    const crash = await runWorker(location, ['crash', 'crashy']);
    assert.equal(crash.signal, 'SIGKILL');
    const { runId } = crash.output[0] as { runId: string };
    const lock = await ledger.getLock('crashy');
    assert.equal(lock?.runId, runId);
    assert.equal(ledger.lockIsStale(lock!), true, 'the holder pid is dead on this host');

    const marked = await ledger.findInterruptedRuns('crashy');
    assert.deepEqual(
      marked.map((r) => [r.id, r.status]),
      [[runId, 'interrupted']],
    );
    assert.match(marked[0]?.error ?? '', /process \d+ on .* ended/);
    assert.equal((await ledger.getRun(runId))?.status, 'interrupted');
    assert.equal((await ledger.getLock('crashy'))?.runId, runId, 'nothing force-unlocks on its own');
    assert.deepEqual(await ledger.findInterruptedRuns('crashy'), [], 'marking is done once');

    const next = ledger.newRunId();
    const refused = await ledger.acquireLock('crashy', { runId: next });
    assert.equal(refused.ok, false);
    await assert.rejects(
      ledger.releaseLock('crashy', next),
      isLedgerError('lock_conflict', new RegExp(`--run ${runId}`)),
    );
    assert.equal(await ledger.releaseLock('crashy', runId), true);
    assert.ok((await ledger.acquireLock('crashy', { runId: next })).ok);
  });

  test('findInterruptedRuns leaves live and foreign locks alone and catches lockless runs', async () => {
    const { ledger } = fixture();
    const live = ledger.newRunId();
    assert.ok((await ledger.acquireLock('alive', { runId: live })).ok);
    await ledger.createRun({ id: live, env: 'alive', ...run });
    assert.deepEqual(await ledger.findInterruptedRuns('alive'), []);
    assert.equal(ledger.lockIsStale((await ledger.getLock('alive'))!), false);

    const foreign = ledger.newRunId();
    assert.ok(
      (await ledger.acquireLock('foreign', { runId: foreign, host: 'elsewhere', pid: deadPid() })).ok,
    );
    await ledger.createRun({ id: foreign, env: 'foreign', ...run, host: 'elsewhere' });
    assert.deepEqual(
      await ledger.findInterruptedRuns('foreign'),
      [],
      'a pid on another host cannot be checked here',
    );

    const dead = ledger.newRunId();
    assert.ok((await ledger.acquireLock('dead', { runId: dead, pid: deadPid() })).ok);
    await ledger.createRun({ id: dead, env: 'dead', ...run });
    const orphan = await ledger.createRun({ env: 'dead', ...run });
    const marked = await ledger.findInterruptedRuns('dead');
    assert.deepEqual(marked.map((r) => r.id).sort(), [dead, orphan.id].sort());
    assert.match(marked.find((r) => r.id === orphan.id)?.error ?? '', /held no lock/);
    assert.equal((await ledger.getLock('dead'))?.runId, dead);
  });

  test('heartbeats refresh only the holder', async () => {
    const { ledger } = fixture();
    const holder = ledger.newRunId();
    assert.ok((await ledger.acquireLock('beat', { runId: holder })).ok);
    assert.equal((await ledger.heartbeatLock('beat', holder)).runId, holder);
    await assert.rejects(
      ledger.heartbeatLock('beat', ledger.newRunId()),
      isLedgerError('lock_conflict', /held by run/),
    );
    await ledger.releaseLock('beat', holder);
    await assert.rejects(ledger.heartbeatLock('beat', holder), isLedgerError('lock_conflict', /nobody does/));
  });
}
