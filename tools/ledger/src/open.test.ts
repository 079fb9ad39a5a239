import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import knexFactory from 'knex';
import { LedgerError, redactUrl } from './errors';
import { Ledger } from './ledger';
import { openLedger, resolveLedgerLocation } from './open';

/** A loopback port nobody listens on (taken from the OS, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('ledger location', () => {
  test('STRATUM_LEDGER values resolve to SQLite paths or PostgreSQL URLs', () => {
    assert.deepEqual(resolveLedgerLocation(undefined, '/repo'), {
      kind: 'sqlite',
      path: join('/repo', '.stratum', 'ledger.db'),
    });
    assert.deepEqual(resolveLedgerLocation('  ', '/repo'), {
      kind: 'sqlite',
      path: join('/repo', '.stratum', 'ledger.db'),
    });
    assert.deepEqual(resolveLedgerLocation('data/l.db', '/repo'), {
      kind: 'sqlite',
      path: join('/repo', 'data', 'l.db'),
    });
    assert.deepEqual(resolveLedgerLocation('/var/l.db', '/repo'), { kind: 'sqlite', path: '/var/l.db' });
    assert.deepEqual(resolveLedgerLocation('postgresql://u@h/db', '/repo'), {
      kind: 'postgres',
      url: 'postgresql://u@h/db',
    });
    assert.throws(
      () => resolveLedgerLocation('mysql://u:pw@h/db', '/repo'),
      (error: unknown) => {
        assert.ok(error instanceof LedgerError);
        assert.equal(error.code, 'invalid');
        assert.match(
          error.message,
          /STRATUM_LEDGER=mysql:\/\/u:\*\*\*@h\/db is neither a SQLite path nor a postgres:\/\/ URL/,
        );
        return true;
      },
    );
  });

  test('passwords are redacted from URLs', () => {
    assert.equal(
      redactUrl('postgres://admin:s3cr%40t@db.internal:5432/ledger'),
      'postgres://admin:***@db.internal:5432/ledger',
    );
    assert.equal(redactUrl('postgres://admin@db/ledger'), 'postgres://admin@db/ledger');
    assert.equal(redactUrl('not a url //user:pw@host'), 'not a url //user:***@host');
  });

  test('a PostgreSQL URL that does not connect is an unreachable error without the password', async () => {
    const port = await closedPort();
    const url = `postgres://stratum:hunter2@127.0.0.1:${port}/ledger`;
    await assert.rejects(openLedger(url, { root: '/tmp', connectTimeoutMs: 2000 }), (error: unknown) => {
      assert.ok(error instanceof LedgerError);
      assert.equal(error.code, 'unreachable');
      assert.equal(error.target, `postgres://stratum:***@127.0.0.1:${port}/ledger`);
      assert.ok(!error.message.includes('hunter2'), error.message);
      assert.match(
        error.message,
        new RegExp(`postgres://stratum:\\*\\*\\*@127\\.0\\.0\\.1:${port}/ledger is unreachable`),
      );
      assert.match(error.message, /Check that PostgreSQL is running/);
      return true;
    });
  });

  test('a host app can hand over its own knex; other clients are refused', async () => {
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: ':memory:' },
      useNullAsDefault: true,
    });
    try {
      const ledger = new Ledger(knex, { host: 'portal', pid: 1 });
      await ledger.migrate();
      const run = await ledger.createRun({ env: 'dev', gitSha: 'a', actor: 'x', trigger: 'portal' });
      assert.equal(run.host, 'portal');
      await ledger.close();
      assert.equal(
        (await knex('runs').count<{ n: number }[]>({ n: '*' }))[0]?.n,
        1,
        'close() leaves a borrowed knex open',
      );
    } finally {
      await knex.destroy();
    }
    const mysql = knexFactory({ client: 'mysql2' });
    assert.throws(() => new Ledger(mysql), /supports the knex clients better-sqlite3 and pg, not "mysql2"/);
  });
});
