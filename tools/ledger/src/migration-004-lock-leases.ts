import type { Knex } from 'knex';
import type { LedgerMigration } from './migration-types';

/** The lease TTL of lock rows written before leases existed (the `locks.ttlSeconds` default). */
const LEGACY_TTL_MS = 120_000;

/**
 * Locks become leases (issue 14): each lock row names its runner and the TTL its heartbeats keep it alive for;
 * `lock_takeovers` records who took an expired lease from whom; `terraform_locks` records the Terraform state
 * locks (S3 lockfile, DynamoDB) a run took, so that a takeover clears exactly those.
 */
export const lockLeases: LedgerMigration = {
  name: '004_lock_leases',
  async up(knex: Knex) {
    await knex.schema.alterTable('locks', (t) => {
      t.string('runner_id', 255).nullable();
      t.bigInteger('ttl_ms').notNullable().defaultTo(LEGACY_TTL_MS);
    });
    await knex.schema.createTable('lock_takeovers', (t) => {
      t.increments('id').primary();
      t.string('env', 64).notNullable();
      t.string('from_run_id', 26).notNullable();
      t.string('from_runner', 255).nullable();
      t.bigInteger('from_heartbeat_at').notNullable();
      t.bigInteger('from_ttl_ms').notNullable();
      t.string('to_run_id', 26).notNullable();
      t.string('to_runner', 255).notNullable();
      t.text('reason').notNullable();
      t.bigInteger('at').notNullable();
      t.index(['env', 'at'], 'lock_takeovers_env_at_idx');
    });
    await knex.schema.createTable('terraform_locks', (t) => {
      t.increments('id').primary();
      t.string('run_id', 26).notNullable();
      t.string('env', 64).notNullable();
      t.string('stack', 255).notNullable();
      t.string('backend', 16).notNullable();
      t.string('path', 1024).notNullable();
      t.string('lock_id', 255).notNullable();
      t.text('backend_config').notNullable();
      t.string('who', 255).nullable();
      t.string('operation', 64).nullable();
      t.bigInteger('acquired_at').notNullable();
      t.bigInteger('released_at').nullable();
      t.bigInteger('cleared_at').nullable();
      t.string('cleared_by_run', 26).nullable();
      t.text('clear_note').nullable();
      t.unique(['run_id', 'lock_id'], { indexName: 'terraform_locks_run_lock_uq' });
    });
  },
  async down(knex: Knex) {
    await knex.schema.dropTableIfExists('terraform_locks');
    await knex.schema.dropTableIfExists('lock_takeovers');
    await knex.schema.alterTable('locks', (t) => {
      t.dropColumn('ttl_ms');
      t.dropColumn('runner_id');
    });
  },
};
