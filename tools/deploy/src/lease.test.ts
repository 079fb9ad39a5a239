import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { openLedger, type Ledger } from '@stratum/ledger';
import { startHeartbeat } from './heartbeat';
import { acquireEnvironmentLock, EnvironmentLockedError } from './lock';

describe('environment leases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-lease-'));
  const path = join(dir, 'ledger.db');
  const opened: Ledger[] = [];
  const runner = async (runnerId: string, offsetMs = 0): Promise<Ledger> => {
    const ledger = await openLedger(path, {
      root: dir,
      runnerId,
      host: `${runnerId}-host`,
      clock: () => new Date(Date.now() + offsetMs),
    });
    opened.push(ledger);
    return ledger;
  };
  after(async () => {
    for (const ledger of opened) await ledger.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a live lease refuses naming its runner and expiry; an expired one is taken over with a rollback note', async () => {
    const a = await runner('ci-a');
    const old = a.newRunId();
    await acquireEnvironmentLock(a, 'prod', old, { ttlMs: 10_000 });
    await a.createRun({ id: old, env: 'prod', gitSha: 'abc', actor: 'ci', trigger: 'ci' });

    const b = await runner('ci-b', 5_000);
    await assert.rejects(
      acquireEnvironmentLock(b, 'prod', b.newRunId(), { ttlMs: 10_000 }),
      (error: unknown) =>
        error instanceof EnvironmentLockedError &&
        /locked by run \S+ \(runner ci-a, host ci-a-host, pid \d+, since [^)]+\), whose lease is live: .*expires/.test(
          error.message,
        ),
    );

    const later = await runner('ci-b', 11_000);
    const cleared: string[] = [];
    const next = later.newRunId();
    const taken = await acquireEnvironmentLock(later, 'prod', next, {
      ttlMs: 10_000,
      afterTakeover: async (t) => {
        cleared.push(t.takeover.fromRunId);
        return ['cleared what it left'];
      },
    });
    assert.equal(taken.tookOverFrom, old);
    assert.equal(taken.lock.runnerId, 'ci-b');
    assert.deepEqual(cleared, [old]);
    assert.match(
      taken.notes[0] ?? '',
      new RegExp(
        `Took over the prod lock from run ${old} \\(runner ci-a\\): its lease expired.*stratum rollback --env prod --run ${old}`,
      ),
    );
    assert.equal(taken.notes[1], 'cleared what it left');
    assert.equal((await a.getRun(old))?.status, 'interrupted');
    await later.releaseLock('prod', next);
  });

  test('a heartbeat keeps the lease; once another runner takes it over, the holder learns it lost it', async () => {
    const a = await runner('beat-a');
    const holder = a.newRunId();
    await acquireEnvironmentLock(a, 'stage', holder, { ttlMs: 1_000 });
    const beat = startHeartbeat(a, 'stage', holder, 1_000);
    try {
      const thief = await runner('beat-b', 60_000);
      const taken = await acquireEnvironmentLock(thief, 'stage', thief.newRunId(), { ttlMs: 1_000 });
      assert.ok(taken.tookOverFrom === holder);
      if (!beat.lost.aborted) await once(beat.lost, 'abort');
      assert.match(beat.reason() ?? '', /held by run .*runner beat-b/);
    } finally {
      await beat.stop();
    }
  });
});
