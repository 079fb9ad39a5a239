import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { openLedger } from '@stratum/ledger';
import {
  createTempDatabase,
  testPostgresUrl,
  type TempDatabase,
} from '@stratum/ledger/src/test-support/harness';
import { cliWorkspace, runCli } from '../test/harness';

const server = testPostgresUrl();

describe('stratum deploy --max-attempts', () => {
  const root = cliWorkspace({});
  after(() => rmSync(root, { recursive: true, force: true }));

  test('goes only with --executor workers, as a whole number from 1 to 10', async () => {
    const local = await runCli(root, 'deploy', '--env', 'local', '--all', '--max-attempts', '3');
    assert.equal(local.code, 2);
    assert.match(local.stderr, /--max-attempts goes with --executor workers.*got --executor local/);
    for (const bad of ['0', '11', '1.5', 'two']) {
      const run = await runCli(
        root,
        'deploy',
        '--env',
        'local',
        '--all',
        '--executor',
        'workers',
        '--max-attempts',
        bad,
      );
      assert.equal(run.code, 2, bad);
      assert.match(
        run.stderr,
        new RegExp(`--max-attempts: got '${bad.replace('.', '\\.')}'; give a whole number from 1 to 10`),
      );
    }
  });
});

describe(
  'stratum runs show: the workers of a run',
  { skip: server.available ? false : server.reason },
  () => {
    const root = cliWorkspace({});
    let db: TempDatabase;
    const saved = process.env.STRATUM_LEDGER;
    before(async () => {
      if (!server.available) return;
      db = await createTempDatabase(server.value);
      process.env.STRATUM_LEDGER = db.url;
    });
    after(async () => {
      if (saved === undefined) delete process.env.STRATUM_LEDGER;
      else process.env.STRATUM_LEDGER = saved;
      await db?.drop();
      rmSync(root, { recursive: true, force: true });
    });

    test('names the worker of each stack and its claims, in text and JSON', async () => {
      const ledger = await openLedger(db.url, { root });
      const id = ledger.newRunId();
      try {
        await ledger.createRun({ id, env: 'local', gitSha: 'abc', actor: 'alice', trigger: 'ci' });
        const job = (unit: string) => ({
          runId: id,
          env: 'local',
          unit,
          kind: 'apply' as const,
          maxAttempts: 3,
          payload: {},
        });
        await ledger.queue.enqueue(job('network@us-east-1'));
        await ledger.queue.enqueue(job('orders-app@us-east-1'));
        const claimed = await ledger.queue.claim({ env: 'local', worker: 'ci-worker-2', leaseMs: 60_000 });
        assert.ok(claimed);
        assert.ok(await ledger.queue.complete(claimed.id, 'ci-worker-2', { status: 'succeeded' }));
      } finally {
        await ledger.close();
      }

      const shown = await runCli(root, 'runs', 'show', id);
      assert.equal(shown.code, 0, shown.stderr);
      assert.match(shown.stdout, /^workers:$/m);
      assert.match(shown.stdout, /network-us-east-1\s+apply\s+ci-worker-2\s+done, claim 1 of 3/);
      assert.match(shown.stdout, /orders-app-us-east-1\s+apply\s+\(unclaimed\)\s+queued, claim 0 of 3/);
      const json = JSON.parse((await runCli(root, 'runs', 'show', id, '--json')).stdout) as {
        jobs: { stack: string; worker: string | null; attempts: number }[];
      };
      assert.deepEqual(
        json.jobs.map((j) => [j.stack, j.worker, j.attempts]),
        [
          ['network-us-east-1', 'ci-worker-2', 1],
          ['orders-app-us-east-1', null, 0],
        ],
      );
    });
  },
);
