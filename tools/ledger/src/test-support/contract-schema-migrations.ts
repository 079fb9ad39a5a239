// Contract tests for schema migration records (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FixtureAccess, run } from './contract-support';

export function schemaMigrationsContract(fixture: FixtureAccess): void {
  test('schema migrations are recorded per run and read back oldest first, by project', async () => {
    const { ledger } = fixture();
    const r = await ledger.createRun({ env: 'schema', ...run });
    const base = { runId: r.id, env: 'schema', region: 'us-east-1', checksum: 'c'.repeat(64), error: null };
    await ledger.recordSchemaMigration({
      ...base,
      project: 'payments-data',
      migration: '0001_create',
      status: 'applied',
      destructive: null,
    });
    await ledger.recordSchemaMigration({
      ...base,
      project: 'payments-data',
      migration: '0002_drop',
      status: 'failed',
      destructive: 'unused',
      error: 'boom',
    });
    await ledger.recordSchemaMigration({
      ...base,
      project: 'orders-data',
      migration: '0001_create',
      status: 'applied',
      destructive: null,
    });
    const rows = await ledger.listSchemaMigrations({ env: 'schema', project: 'payments-data' });
    assert.deepEqual(
      rows.map((m) => [m.migration, m.status, m.destructive, m.error, m.runId]),
      [
        ['0001_create', 'applied', null, null, r.id],
        ['0002_drop', 'failed', 'unused', 'boom', r.id],
      ],
    );
    assert.equal((await ledger.listSchemaMigrations({ env: 'schema', runId: r.id })).length, 3);
    assert.match(rows[0]!.at, /^\d{4}-\d\d-\d\dT/);
  });
}
