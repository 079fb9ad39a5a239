import type { Knex } from 'knex';

/** The rollup's run facts: one row per finished deploy or drift run, the fact as JSON (see `RunFact`). */
export const ROLLUP_RUNS_TABLE = 'stratum_portal_slo_runs';
/** The rollup's day rows: one per (dimension, group, environment, UTC day), the tally as JSON (see `Tally`). */
export const ROLLUP_DAYS_TABLE = 'stratum_portal_slo_days';
/** What the rollup was built from: the ledger's fingerprint and the workspace's project groups. */
export const ROLLUP_STATE_TABLE = 'stratum_portal_slo_rollup_state';

/** Creates the rollup tables (a portal migration: they live with the portal's own tables). */
export async function createRollupTables(knex: Knex): Promise<void> {
  await knex.schema.createTable(ROLLUP_RUNS_TABLE, (t) => {
    t.string('id', 26).primary();
    t.string('env', 64).notNullable();
    t.bigInteger('started_at').notNullable();
    t.text('fact').notNullable();
    t.index(['started_at'], 'stratum_portal_slo_runs_started_idx');
  });
  await knex.schema.createTable(ROLLUP_DAYS_TABLE, (t) => {
    t.string('dim', 16).notNullable();
    t.string('grp', 255).notNullable();
    t.string('env', 64).notNullable();
    t.integer('day').notNullable();
    t.text('tally').notNullable();
    t.primary(['dim', 'day', 'env', 'grp']);
  });
  await knex.schema.createTable(ROLLUP_STATE_TABLE, (t) => {
    t.string('name', 32).primary();
    t.text('fingerprint').notNullable();
    t.text('groups_hash').notNullable();
    t.bigInteger('max_started_at').notNullable();
    t.bigInteger('built_at').notNullable();
  });
}

export async function dropRollupTables(knex: Knex): Promise<void> {
  for (const table of [ROLLUP_STATE_TABLE, ROLLUP_DAYS_TABLE, ROLLUP_RUNS_TABLE]) {
    await knex.schema.dropTableIfExists(table);
  }
}
