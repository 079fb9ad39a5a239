import type { Knex } from 'knex';
import { createRollupTables, dropRollupTables } from '../slo/rollup/tables';

/** Where knex records the portal's own migrations, apart from the ledger's (`stratum_ledger_migrations`). */
export const PORTAL_MIGRATIONS_TABLE = 'stratum_portal_migrations';

/** The table of commit times, keyed by sha: lead time is `runs.finished_at - committed_at`. */
export const COMMITS_TABLE = 'stratum_portal_commits';

interface PortalMigration {
  readonly name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/**
 * The portal's one addition to the ledger database: commit times, which the ledger does not record. Rows come from
 * `POST /runs` (`committedAt`) or from git; a sha git does not know is stored with a null time so it is asked once.
 */
const commits: PortalMigration = {
  name: '001_commits',
  async up(knex) {
    await knex.schema.createTable(COMMITS_TABLE, (t) => {
      t.string('git_sha', 64).primary();
      t.bigInteger('committed_at').nullable();
      t.string('source', 16).notNullable();
      t.bigInteger('resolved_at').notNullable();
    });
    // Lead time and MTTR filter runs by kind and status within an environment's time window.
    await knex.schema.alterTable('runs', (t) => {
      t.index(['kind', 'env', 'started_at'], 'stratum_portal_runs_kind_env_started_idx');
    });
  },
  async down(knex) {
    await knex.schema.alterTable('runs', (t) =>
      t.dropIndex(['kind', 'env', 'started_at'], 'stratum_portal_runs_kind_env_started_idx'),
    );
    await knex.schema.dropTableIfExists(COMMITS_TABLE);
  },
};

/**
 * Issue 16: lead time counts a commit's FIRST successful deploy to an environment; the probe for an earlier success of
 * the same sha in the same environment is one lookup on this index instead of a scan of the environment's runs.
 */
const FIRST_DEPLOY_INDEX = 'stratum_portal_runs_sha_env_started_idx';
const firstDeployIndex: PortalMigration = {
  name: '002_i16_runs_first_deploy_idx',
  async up(knex) {
    await knex.schema.alterTable('runs', (t) => {
      t.index(['git_sha', 'env', 'started_at'], FIRST_DEPLOY_INDEX);
    });
  },
  async down(knex) {
    await knex.schema.alterTable('runs', (t) =>
      t.dropIndex(['git_sha', 'env', 'started_at'], FIRST_DEPLOY_INDEX),
    );
  },
};

/** Issue 15: the platform SLO rollup (per-day tallies and run facts), so a 90-day window reads O(days) rows. */
const sloRollup: PortalMigration = {
  name: '003_i15_slo_rollup',
  up: createRollupTables,
  down: dropRollupTables,
};

const MIGRATIONS: readonly PortalMigration[] = [commits, firstDeployIndex, sloRollup];

const source: Knex.MigrationSource<PortalMigration> = {
  getMigrations: async () => [...MIGRATIONS],
  getMigrationName: (m) => m.name,
  getMigration: async (m) => ({ up: m.up, down: m.down }),
};

/** Brings the portal's tables up to date (after the ledger's own migrations). */
export async function migratePortalTables(knex: Knex): Promise<void> {
  await knex.migrate.latest({ migrationSource: source, tableName: PORTAL_MIGRATIONS_TABLE });
}
