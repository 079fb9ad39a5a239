import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import { ledgerMigrationSource, MIGRATIONS_TABLE } from './migrations';

/** How long concurrent starters keep retrying while another process migrates, in total. */
const MIGRATE_PATIENCE_MS = 20_000;

/**
 * Failures that only mean another process is migrating at the same moment: knex's migration lock is taken, the
 * bookkeeping table was created under us, or SQLite is busy with the other writer.
 */
function isMigrationRace(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    /already locked|already exists|database is locked/i.test(error.message) ||
    code === '42P07' ||
    code === '23505' ||
    (typeof code === 'string' && code.startsWith('SQLITE_BUSY'))
  );
}

/**
 * Runs every pending ledger migration; retries with backoff while another process holds the migration lock.
 * With nothing pending it only reads, so a read-only ledger still opens for `stratum runs`.
 */
export async function migrateLatest(knex: Knex): Promise<void> {
  const config: Knex.MigratorConfig = { migrationSource: ledgerMigrationSource, tableName: MIGRATIONS_TABLE };
  const deadline = Date.now() + MIGRATE_PATIENCE_MS;
  for (let delay = 25; ; delay = Math.min(delay * 2, 1000)) {
    try {
      const [, pending] = (await knex.migrate.list(config)) as [unknown[], unknown[]];
      if (pending.length === 0) return;
      await knex.migrate.latest(config);
      return;
    } catch (error) {
      if (!isMigrationRace(error) || Date.now() + delay > deadline) throw error;
      await sleep(delay);
    }
  }
}
