// Contract tests for leases: expiry across hosts, heartbeats, takeovers and the Terraform locks a run took.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ledger } from '../ledger';
import { type FixtureAccess, isLedgerError, run } from './contract-support';
import { runWorker } from './harness';

/** Two runners on two hosts sharing the ledger, each with a clock the test moves. */
async function twoRunners(fixture: FixtureAccess) {
  const { open } = fixture();
  const base = Date.now();
  const offsets = { a: 0, b: 0 };
  const a = await open({ host: 'host-a', runnerId: 'ci-job-a', clock: () => new Date(base + offsets.a) });
  const b = await open({ host: 'host-b', runnerId: 'ci-job-b', clock: () => new Date(base + offsets.b) });
  const close = async (): Promise<void> => {
    await a.close();
    await b.close();
  };
  return { a, b, offsets, close };
}

async function holdWithRun(ledger: Ledger, env: string, ttlMs: number): Promise<string> {
  const id = ledger.newRunId();
  assert.ok((await ledger.acquireLock(env, { runId: id, ttlMs })).ok);
  await ledger.createRun({ id, env, ...run });
  return id;
}

export function leasesContract(fixture: FixtureAccess): void {
  test('a lease records its runner and TTL and expires on every host once its heartbeat is older than the TTL', async () => {
    const { a, b, offsets, close } = await twoRunners(fixture);
    try {
      const old = await holdWithRun(a, 'lease', 10_000);
      const lock = (await b.getLock('lease'))!;
      assert.equal(lock.runnerId, 'ci-job-a');
      assert.equal(lock.ttlMs, 10_000);
      assert.equal(Date.parse(lock.expiresAt) - Date.parse(lock.heartbeatAt), 10_000);

      offsets.b = 9_000;
      assert.equal(b.leaseState(lock), 'live', 'within its TTL a lease of another host holds');
      const early = await b.takeOverLock('lease', { runId: b.newRunId(), from: lock });
      assert.equal(early.ok, false);
      assert.deepEqual(await b.findInterruptedRuns('lease'), []);

      offsets.b = 10_500;
      assert.equal(b.leaseState(lock), 'expired');
      const next = b.newRunId();
      const taken = await b.takeOverLock('lease', { runId: next, from: lock, ttlMs: 30_000 });
      assert.ok(taken.ok);
      assert.equal(taken.lock.runId, next);
      assert.equal(taken.lock.runnerId, 'ci-job-b');
      assert.equal(taken.lock.ttlMs, 30_000);
      assert.equal(taken.interrupted?.id, old);
      assert.match(taken.interrupted?.error ?? '', /lease expired.*TTL 10 s.*ci-job-a.*took the lock over/);
      assert.equal((await a.getRun(old))?.status, 'interrupted');
      assert.deepEqual(
        (await a.listLockTakeovers('lease')).map((t) => [t.fromRunId, t.fromRunner, t.toRunId, t.toRunner]),
        [[old, 'ci-job-a', next, 'ci-job-b']],
      );
      await assert.rejects(a.heartbeatLock('lease', old), isLedgerError('lock_conflict', /held by run/));
      await assert.rejects(a.releaseLock('lease', old), isLedgerError('lock_conflict'));
      // The old run, cut off but still alive, ends on its own: the takeover's record stands, its end is added.
      const late = await a.finishRun(old, { status: 'succeeded' });
      assert.equal(late.status, 'interrupted');
      assert.match(
        late.error ?? '',
        /took the lock over; after the takeover the run went on and ended succeeded$/,
      );
      assert.equal(await b.releaseLock('lease', next), true);
    } finally {
      await close();
    }
  });

  test('a live holder that heartbeats keeps its lock: a takeover of the lease as read before fails', async () => {
    const { a, b, offsets, close } = await twoRunners(fixture);
    try {
      const holder = await holdWithRun(a, 'beating', 10_000);
      const read = (await b.getLock('beating'))!;
      offsets.a = 8_000;
      await a.heartbeatLock('beating', holder);
      offsets.b = 12_000;
      assert.equal(b.leaseState(read), 'expired', 'the old read looks expired');
      const refused = await b.takeOverLock('beating', { runId: b.newRunId(), from: read });
      assert.equal(refused.ok, false);
      assert.match(refused.ok ? '' : refused.why, /heartbeated/);
      const fresh = (await b.getLock('beating'))!;
      assert.equal(b.leaseState(fresh), 'live');
      assert.equal((await b.getRun(holder))?.status, 'running');
      assert.deepEqual(await b.listLockTakeovers('beating'), []);
    } finally {
      await close();
    }
  });

  test('of two runners taking over one expired lease exactly one wins', async () => {
    const { a, b, offsets, close } = await twoRunners(fixture);
    const { open } = fixture();
    const c = await open({
      host: 'host-c',
      runnerId: 'ci-job-c',
      clock: () => new Date(Date.now() + 60_000),
    });
    try {
      await holdWithRun(a, 'contest', 5_000);
      offsets.b = 60_000;
      const read = (await b.getLock('contest'))!;
      const [x, y] = await Promise.all([
        b.takeOverLock('contest', { runId: b.newRunId(), from: read }),
        c.takeOverLock('contest', { runId: c.newRunId(), from: read }),
      ]);
      assert.equal([x, y].filter((r) => r.ok).length, 1);
      assert.equal((await a.listLockTakeovers('contest')).length, 1);
    } finally {
      await c.close();
      await close();
    }
  });

  test('a killed runner on this machine is dead at once: its lease is taken over without waiting for the TTL', async () => {
    const { ledger, location } = fixture();
    const crash = await runWorker(location, ['crash', 'dead-lease']);
    assert.equal(crash.signal, 'SIGKILL');
    const { runId } = crash.output[0] as { runId: string };
    const lock = (await ledger.getLock('dead-lease'))!;
    assert.match(lock.runnerId ?? '', new RegExp(`^${ledger.host}/[0-9a-f-]+/${lock.pid}$`));
    assert.equal(ledger.leaseState(lock), 'dead');
    const taken = await ledger.takeOverLock('dead-lease', { runId: ledger.newRunId(), from: lock });
    assert.ok(taken.ok);
    assert.equal(taken.interrupted?.id, runId);
    assert.match(taken.interrupted?.error ?? '', /process \d+ on .* ended/);
  });

  test('a run records the Terraform locks it takes; another run records clearing them', async () => {
    const { ledger } = fixture();
    const owner = await ledger.createRun({ env: 'tflocks', ...run });
    const lock = {
      runId: owner.id,
      env: 'tflocks',
      stack: 'network-us-east-1',
      backend: 's3' as const,
      path: 'bucket/stratum/tflocks/us-east-1/network.tfstate.tflock',
      lockId: '6f1c0b8e-0000-4000-8000-000000000001',
      backendConfig: { s3: { bucket: 'bucket', key: 'stratum/tflocks/us-east-1/network.tfstate' } },
      who: 'ci@runner-a',
      operation: 'OperationTypeApply',
    };
    const first = await ledger.recordTerraformLock(lock);
    const again = await ledger.recordTerraformLock(lock);
    assert.equal(first.id, again.id, 'recording a lock twice keeps one row');
    await ledger.recordTerraformLock({ ...lock, stack: 'app-us-east-1', lockId: 'released-one', who: null });
    await ledger.releaseTerraformLock(owner.id, 'released-one');
    const by = ledger.newRunId();
    const cleared = await ledger.clearTerraformLock(first.id, by, 'force-unlocked');
    assert.equal(cleared.clearedByRun, by);
    assert.deepEqual(cleared.backendConfig, lock.backendConfig);
    assert.deepEqual(
      (await ledger.terraformLocksOf(owner.id)).map((l) => [
        l.stack,
        l.who,
        l.releasedAt !== null,
        l.clearNote,
      ]),
      [
        ['network-us-east-1', 'ci@runner-a', false, 'force-unlocked'],
        ['app-us-east-1', null, true, null],
      ],
    );
  });
}
