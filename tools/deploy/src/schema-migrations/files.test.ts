import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadEnvironment } from '@stratum/config';
import { databaseTarget, readDatabaseConfig } from './database';
import { readMigrations } from './files';
import { destructiveCover } from './prepare';

const REPO = join(__dirname, '../../../..');
const root = mkdtempSync(join(tmpdir(), 'stratum-migrations-'));
after(() => rmSync(root, { recursive: true, force: true }));

function project(name: string, files: Record<string, string>): string {
  const dir = `services/${name}/data`;
  mkdirSync(join(root, dir, 'migrations'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, dir, 'migrations', file), text);
  return dir;
}

describe('migration files', () => {
  test('read in number order, with the down section, declared reason and checksum; database.yaml is not one', () => {
    const dir = project('ok', {
      'database.yaml': 'database: orders\n',
      '0002_b.sql': '-- stratum:destructive: code is unused\nALTER TABLE t DROP COLUMN code;\n',
      '0001_a.sql': 'CREATE TABLE t (id int, code text);\n-- stratum:down\nDROP TABLE t;\n',
    });
    const files = readMigrations(root, dir);
    assert.deepEqual(
      files.map((f) => [f.name, f.number, f.down?.trim() ?? null, f.destructive, f.downLine]),
      [
        ['0001_a', 1, 'DROP TABLE t;', null, 3],
        ['0002_b', 2, null, 'code is unused', 1],
      ],
    );
    assert.match(files[0]!.checksum, /^[0-9a-f]{64}$/);
    assert.deepEqual(readDatabaseConfig(root, dir), {
      database: 'orders',
      endpointOutput: 'db_endpoint',
      portOutput: 'db_port',
      secretOutput: 'db_secret_arn',
      sslMode: 'verify-full',
    });
  });

  test('misnamed files and repeated numbers are all named at once', () => {
    const dir = project('bad', { '0001_a.sql': '', '0001_b.sql': '', 'init.sql': '', '1_c.SQL': '' });
    assert.throws(
      () => readMigrations(root, dir),
      (error: Error) => {
        assert.match(error.message, /1_c\.SQL: not a migration name; name it NNNN_name\.sql/);
        assert.match(error.message, /init\.sql: not a migration name/);
        assert.match(
          error.message,
          /0001_b\.sql: number 0001 is also used by services\/bad\/data\/migrations\/0001_a\.sql/,
        );
        return true;
      },
    );
  });

  test('a project with migrations but no database.yaml is told what to write', () => {
    const dir = project('nodb', { '0001_a.sql': 'SELECT 1;' });
    assert.throws(
      () => readDatabaseConfig(root, dir),
      /migrations\/database\.yaml is missing: .*'database: payments'/,
    );
  });
});

describe('where migrations run and what covers a destructive one', () => {
  const local = loadEnvironment(REPO, 'local');
  const config = {
    database: 'app',
    endpointOutput: 'db_endpoint',
    portOutput: 'db_port',
    secretOutput: 'db_secret_arn',
    sslMode: 'verify-full' as const,
  };
  const noSecrets = async (): Promise<never> => assert.fail('the emulator path reads no secret');

  test('on the emulator the published endpoint maps to the local PostgreSQL', async () => {
    const outputs = { db_endpoint: 'payments.abc.rds.amazonaws.com' };
    assert.deepEqual(
      await databaseTarget(
        local,
        config,
        outputs,
        'payments-data',
        'postgres://u:p@127.0.0.1:5/x',
        noSecrets,
      ),
      {
        url: 'postgres://u:p@127.0.0.1:5/x',
        label: 'local PostgreSQL (standing in for payments.abc.rds.amazonaws.com)',
      },
    );
    assert.match(
      (
        (await databaseTarget(local, config, outputs, 'payments-data', undefined, noSecrets)) as {
          error: string;
        }
      ).error,
      /tools\/scripts\/postgres\.sh start.*STRATUM_LOCAL_POSTGRES_URL/,
    );
    assert.match(
      (
        (await databaseTarget(local, config, {}, 'payments-data', 'postgres://x', noSecrets)) as {
          error: string;
        }
      ).error,
      /payments-data publishes no output 'db_endpoint'/,
    );
  });

  test('the declaration covers it outside gated environments and under promote; break-glass refuses', () => {
    assert.equal(destructiveCover(local, undefined), true);
    const gated = loadEnvironment(REPO, 'local-prod');
    assert.equal(destructiveCover(gated, 'local'), true);
    assert.match(
      String(destructiveCover(gated, undefined)),
      /local-prod is gated: .*only through `stratum promote`/,
    );
  });
});
