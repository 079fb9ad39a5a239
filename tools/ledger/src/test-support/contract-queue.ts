// Contract tests for the work queue of `--executor workers`: PostgreSQL serves it, SQLite refuses it clearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Ledger } from '../ledger';
import { type FixtureAccess, isLedgerError, run } from './contract-support';

async function openRun(ledger: Ledger, env: string): Promise<string> {
  const id = ledger.newRunId();
  await ledger.createRun({ id, env, ...run });
  return id;
}

/** Two workers on their own connections, each with a clock the test moves. */
async function twoWorkers(fixture: FixtureAccess) {
  const base = Date.now();
  const offsets = { a: 0, b: 0 };
  const a = await fixture().open({ clock: () => new Date(base + offsets.a) });
  const b = await fixture().open({ clock: () => new Date(base + offsets.b) });
  return { a, b, offsets, close: async () => Promise.all([a.close(), b.close()]) };
}

export function queueContract(fixture: FixtureAccess): void {
  const postgres = (): boolean => fixture().ledger.target.dialect === 'postgres';

  test('on SQLite the work queue refuses and says a PostgreSQL STRATUM_LEDGER is needed', async (t) => {
    if (postgres()) return t.skip('PostgreSQL serves the queue');
    const { ledger } = fixture();
    const runId = await openRun(ledger, 'q-sqlite');
    await assert.rejects(
      ledger.queue.enqueue({ runId, env: 'q-sqlite', unit: 'a@r', kind: 'apply', payload: {} }),
      isLedgerError(
        'invalid',
        /--executor workers.*needs a PostgreSQL ledger.*STRATUM_LEDGER=postgres:\/\//s,
      ),
    );
    await assert.rejects(ledger.queue.require(), isLedgerError('invalid', /PostgreSQL/));
  });

  test('claims go highest priority first, then oldest, each job to one worker only', async (t) => {
    if (!postgres()) return t.skip('the queue needs PostgreSQL');
    const { a, b, close } = await twoWorkers(fixture);
    try {
      const runId = await openRun(a, 'q-order');
      for (const [unit, priority] of [
        ['low@r', 1],
        ['high@r', 9],
        ['mid-1@r', 5],
        ['mid-2@r', 5],
      ] as const)
        await a.queue.enqueue({ runId, env: 'q-order', unit, kind: 'apply', priority, payload: { unit } });
      const claims = await Promise.all(
        [a, b, a, b, a].map((l, i) => l.queue.claim({ env: 'q-order', worker: `w${i}`, leaseMs: 60_000 })),
      );
      const units = claims.filter((j) => j !== undefined).map((j) => j.unit);
      assert.equal(units.length, 4, 'four jobs, five claims: one comes back empty');
      assert.equal(new Set(units).size, 4, 'no job was claimed twice');
      const sequential = await openRun(a, 'q-seq');
      for (const [unit, priority] of [
        ['low@r', 1],
        ['mid-1@r', 5],
        ['high@r', 9],
        ['mid-2@r', 5],
      ] as const)
        await a.queue.enqueue({
          runId: sequential,
          env: 'q-seq',
          unit,
          kind: 'apply',
          priority,
          payload: {},
        });
      const order: string[] = [];
      for (let job; (job = await b.queue.claim({ env: 'q-seq', worker: 'w', leaseMs: 60_000 }));)
        order.push(job.unit);
      assert.deepEqual(order, ['high@r', 'mid-1@r', 'mid-2@r', 'low@r']);
      await assert.rejects(
        a.queue.enqueue({ runId: sequential, env: 'q-seq', unit: 'low@r', kind: 'apply', payload: {} }),
        'one job per (run, unit, kind)',
      );
      const back = await a.queue.enqueue({
        runId: sequential,
        env: 'q-seq',
        unit: 'low@r',
        kind: 'rollback',
        payload: {},
      });
      assert.equal(back.kind, 'rollback', 'a rollback job sits beside the apply job of the same unit');
    } finally {
      await close();
    }
  });

  test('a claim is a lease: heartbeats hold it, an expired one is claimed again, then fails the job', async (t) => {
    if (!postgres()) return t.skip('the queue needs PostgreSQL');
    const { a, b, offsets, close } = await twoWorkers(fixture);
    try {
      const runId = await openRun(a, 'q-lease');
      const queued = await a.queue.enqueue({
        runId,
        env: 'q-lease',
        unit: 'db@r',
        kind: 'apply',
        maxAttempts: 2,
        payload: { artifact: 'abc' },
      });
      const first = (await a.queue.claim({ env: 'q-lease', worker: 'worker-a', leaseMs: 10_000 }))!;
      assert.equal(first.id, queued.id);
      assert.deepEqual(first.payload, { artifact: 'abc' });
      assert.equal(first.attempts, 1);
      offsets.a = 8_000;
      assert.equal(await a.queue.heartbeat(first.id, 'worker-a', 10_000), true);
      offsets.b = 15_000;
      assert.equal(await b.queue.claim({ env: 'q-lease', worker: 'worker-b', leaseMs: 10_000 }), undefined);
      offsets.b = 18_500;
      assert.deepEqual(await b.queue.expire(runId), [], 'an attempt is left: the job is not failed');
      const second = (await b.queue.claim({ env: 'q-lease', worker: 'worker-b', leaseMs: 10_000 }))!;
      assert.equal(second.id, first.id);
      assert.equal(second.worker, 'worker-b');
      assert.equal(second.attempts, 2);
      assert.equal(await a.queue.heartbeat(first.id, 'worker-a', 10_000), false, 'worker-a lost it');
      assert.equal(await a.queue.complete(first.id, 'worker-a', { late: true }), false);
      offsets.b = 40_000;
      assert.equal(await b.queue.claim({ env: 'q-lease', worker: 'worker-c', leaseMs: 10_000 }), undefined);
      const [expired] = await b.queue.expire(runId);
      assert.equal(expired?.status, 'done');
      assert.deepEqual(expired?.result, { leaseExpired: true, worker: 'worker-b', attempts: 2 });
      assert.equal(await b.queue.hasOpenJobs('q-lease'), false);
    } finally {
      await close();
    }
  });

  test('a worker reports its result once; the run withdraws what is still queued', async (t) => {
    if (!postgres()) return t.skip('the queue needs PostgreSQL');
    const { ledger } = fixture();
    const runId = await openRun(ledger, 'q-done');
    const job = await ledger.queue.enqueue({ runId, env: 'q-done', unit: 'a@r', kind: 'apply', payload: {} });
    await ledger.queue.enqueue({
      runId,
      env: 'q-done',
      unit: 'b@r',
      kind: 'apply',
      priority: -1,
      payload: {},
    });
    const claimed = (await ledger.queue.claim({ env: 'q-done', worker: 'w1', leaseMs: 60_000 }))!;
    assert.equal(claimed.id, job.id);
    assert.equal(await ledger.queue.complete(job.id, 'w1', { status: 'succeeded' }), true);
    assert.equal(await ledger.queue.complete(job.id, 'w1', { status: 'failed' }), false, 'done is final');
    assert.deepEqual((await ledger.queue.get(job.id))?.result, { status: 'succeeded' });
    assert.equal(await ledger.queue.hasOpenJobs('q-done'), true);
    assert.equal(await ledger.queue.withdraw(runId), 1);
    assert.equal(await ledger.queue.hasOpenJobs('q-done'), false);
    assert.deepEqual(
      (await ledger.queue.jobsOfRun(runId)).map((j) => [j.unit, j.status, j.worker]),
      [
        ['a@r', 'done', 'w1'],
        ['b@r', 'done', null],
      ],
    );
  });
}
