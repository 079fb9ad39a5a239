import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { LedgerError } from './errors';
import { openLedger } from './open';
import { ledgerContract } from './test-support/contract';
import { runWorker, unprivilegedWorker, type WorkerOptions } from './test-support/harness';

ledgerContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-ledger-'));
  return {
    location: join(dir, 'ledger.db'),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

const worker = unprivilegedWorker();
const unprivileged: WorkerOptions = worker.available ? worker.value : {};
/** Permission tests: skipped when file modes cannot be tested here, failed instead under STRATUM_REQUIRE_PREREQS=1. */
const modes = { skip: !worker.available && !worker.required ? worker.reason : undefined };

describe('SQLite ledger faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-ledger-faults-'));
  chmodSync(dir, 0o755);
  after(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  async function seeded(name: string): Promise<string> {
    const folder = join(dir, name);
    mkdirSync(folder);
    const path = join(folder, 'ledger.db');
    const ledger = await openLedger(path, { root: dir });
    await ledger.createRun({ env: 'dev', gitSha: 'a', actor: 'x', trigger: 'test' });
    await ledger.close();
    return path;
  }

  test('the default path is <root>/.stratum/ledger.db and missing folders are created', async () => {
    const root = join(dir, 'workspace');
    mkdirSync(root);
    const ledger = await openLedger(undefined, { root });
    await ledger.close();
    assert.ok(existsSync(join(root, '.stratum', 'ledger.db')));
    const nested = await openLedger('deep/er/ledger.db', { root });
    assert.equal(nested.target.description, join(root, 'deep', 'er', 'ledger.db'));
    await nested.close();
  });

  test(
    'a read-only database file: reads work, writes fail naming the file and what to do',
    modes,
    async () => {
      if (!worker.available) assert.fail(worker.reason);
      const path = await seeded('read-only-file');
      chmodSync(join(dir, 'read-only-file'), 0o777);
      chmodSync(path, 0o444);
      const result = await runWorker(path, ['try-write', 'dev'], unprivileged);
      assert.equal(result.code, 1, result.stderr);
      const error = result.output[0] as { code: string; message: string; target: string };
      assert.equal(error.code, 'read_only');
      assert.equal(error.target, path);
      assert.match(
        error.message,
        /^Cannot create a dev run: /,
        'opening (a read) worked; the first write failed',
      );
      assert.match(error.message, new RegExp(`ledger database ${path} is read-only`));
      assert.match(
        error.message,
        /Make the file and its folder writable .* or point STRATUM_LEDGER at a writable path/,
      );
    },
  );

  test('a read-only folder fails naming the file and the folder', modes, async () => {
    if (!worker.available) assert.fail(worker.reason);
    const path = await seeded('read-only-folder');
    chmodSync(path, 0o666);
    chmodSync(join(dir, 'read-only-folder'), 0o555);
    const result = await runWorker(path, ['try-write', 'dev'], unprivileged);
    const error = result.output[0] as { code: string; message: string };
    assert.equal(error.code, 'read_only');
    assert.match(error.message, new RegExp(`${path} is read-only .* file and its folder writable`));

    const fresh = await runWorker(
      join(dir, 'read-only-folder', 'new.db'),
      ['try-write', 'dev'],
      unprivileged,
    );
    const refused = fresh.output[0] as { code: string; message: string };
    assert.equal(refused.code, 'cannot_open');
    assert.match(refused.message, /unable to open the ledger database .*new\.db.*readable and writable/);
  });

  test('a folder that cannot be created, and a file that is not a database', async () => {
    writeFileSync(join(dir, 'a-file'), 'x');
    await assert.rejects(
      openLedger(join(dir, 'a-file', 'sub', 'ledger.db'), { root: dir }),
      (error: unknown) => {
        assert.ok(error instanceof LedgerError);
        assert.equal(error.code, 'cannot_open');
        assert.match(error.message, /Cannot create the folder .*a-file\/sub .*ENOTDIR/);
        return true;
      },
    );
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is not a database '.repeat(40));
    await assert.rejects(openLedger(junk, { root: dir }), (error: unknown) => {
      assert.ok(error instanceof LedgerError);
      assert.equal(error.code, 'corrupt');
      assert.match(error.message, /junk\.db is not a usable SQLite database .* Move the file aside/);
      return true;
    });
  });

  test('a database locked by another writer beyond the busy timeout is a busy error', async () => {
    const path = join(dir, 'busy.db');
    const holder = await openLedger(path, { root: dir });
    const waiter = await openLedger(path, { root: dir, busyTimeoutMs: 100 });
    const trx = await holder.knex.transaction();
    try {
      await trx('locks').insert({
        env: 'x',
        run_id: 'r',
        host: 'h',
        pid: 1,
        acquired_at: 0,
        heartbeat_at: 0,
      });
      await assert.rejects(
        waiter.createRun({ env: 'dev', gitSha: 'a', actor: 'x', trigger: 'test' }),
        (error: unknown) => {
          assert.ok(error instanceof LedgerError);
          assert.equal(error.code, 'busy');
          assert.match(
            error.message,
            new RegExp(`${path} is locked by another process for more than 100 ms`),
          );
          assert.match(error.message, /Wait for the other stratum command to finish and retry/);
          return true;
        },
      );
    } finally {
      await trx.rollback();
      await waiter.close();
      await holder.close();
    }
  });

  test('concurrent writer processes on one fresh file all succeed, events numbered and artifacts shared', async () => {
    const path = join(dir, 'concurrent.db');
    const writers = await Promise.all([1, 2, 3].map((n) => runWorker(path, ['write', `env${n}`, '25'])));
    for (const writer of writers)
      assert.equal(writer.code, 0, writer.stderr || JSON.stringify(writer.output));
    const ledger = await openLedger(path, { root: dir });
    try {
      for (const writer of writers) {
        const { runId } = writer.output[0] as { runId: string };
        const detail = await ledger.getRun(runId);
        assert.equal(detail?.status, 'succeeded');
        assert.deepEqual(
          detail?.events.map((e) => e.seq),
          Array.from({ length: 25 }, (_, i) => i + 1),
        );
      }
      const [artifacts] = await ledger.knex('artifacts').count<{ n: number }[]>({ n: '*' });
      assert.equal(Number(artifacts?.n), 25, 'the same content from three processes is stored once');
      const [deployments] = await ledger.knex('stack_deployments').count<{ n: number }[]>({ n: '*' });
      assert.equal(Number(deployments?.n), 75);
    } finally {
      await ledger.close();
    }
  });
});
