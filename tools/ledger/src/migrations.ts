import type { Knex } from 'knex';
import { outputDigests } from './migration-002-output-digests';
import { lockLeases } from './migration-004-lock-leases';
import { complianceFindingsMigration } from './migration-007-compliance';
import { schemaMigrationsMigration } from './migration-009-schema-migrations';
import { approvalsMigration } from './migration-005-approvals';
import { portalApprovalsMigration } from './migration-010-portal-approvals';
import { pruningMigration } from './migration-006-pruning';
import { planAssessmentsMigration } from './migration-011-plan-assessments';
import { workQueueMigration } from './migration-008-work-queue';

/** The table where knex records which ledger migrations ran (kept apart from a host app's own migrations). */
export const MIGRATIONS_TABLE = 'stratum_ledger_migrations';

import type { LedgerMigration } from './migration-types';

export type { LedgerMigration };

/**
 * The first schema. Times are integer milliseconds since the epoch (UTC) in every dialect, so the portal's
 * aggregates (`avg(finished_at - started_at)`, `where started_at >= ?`) are the same SQL on SQLite and PostgreSQL.
 * Statuses are validated by the store, not by CHECK constraints, so that adding one needs no table rebuild.
 */
const initial: LedgerMigration = {
  name: '001_initial',
  async up(knex) {
    await knex.schema.createTable('runs', (t) => {
      t.string('id', 26).primary();
      t.string('kind', 16).notNullable().defaultTo('deploy');
      t.string('env', 64).notNullable();
      t.string('git_sha', 64).notNullable();
      t.string('base_ref', 255).nullable();
      t.string('actor', 255).notNullable();
      t.string('trigger', 64).notNullable();
      t.string('host', 255).notNullable();
      t.integer('pid').notNullable();
      t.bigInteger('started_at').notNullable();
      t.bigInteger('finished_at').nullable();
      t.string('status', 32).notNullable();
      t.text('error').nullable();
      t.integer('event_count').notNullable().defaultTo(0);
      t.index(['env', 'started_at'], 'runs_env_started_idx');
      t.index(['env', 'id'], 'runs_env_id_idx');
      t.index(['status'], 'runs_status_idx');
    });
    await knex.schema.createTable('artifacts', (t) => {
      t.string('hash', 64).primary();
      t.string('encoding', 16).notNullable();
      t.integer('size').notNullable();
      t.binary('content').notNullable();
      t.bigInteger('created_at').notNullable();
    });
    await knex.schema.createTable('stack_events', (t) => {
      t.string('run_id', 26).notNullable().references('id').inTable('runs');
      t.integer('seq').notNullable();
      t.string('env', 64).notNullable();
      t.string('project', 255).notNullable();
      t.string('stack', 255).notNullable();
      t.string('layer', 32).notNullable();
      t.string('region', 64).nullable();
      t.string('status', 32).notNullable();
      t.bigInteger('at').notNullable();
      t.integer('terraform_exit_code').nullable();
      t.integer('plan_adds').nullable();
      t.integer('plan_changes').nullable();
      t.integer('plan_destroys').nullable();
      t.string('artifact_hash', 64).nullable();
      t.text('error').nullable();
      t.primary(['run_id', 'seq']);
      t.index(['project', 'env', 'at'], 'stack_events_project_env_idx');
      t.index(['env', 'at'], 'stack_events_env_at_idx');
      t.index(['status'], 'stack_events_status_idx');
    });
    await knex.schema.createTable('stack_deployments', (t) => {
      t.increments('id').primary();
      t.string('env', 64).notNullable();
      t.string('project', 255).notNullable();
      t.string('stack', 255).notNullable();
      t.string('run_id', 26).notNullable().references('id').inTable('runs');
      t.string('artifact_hash', 64).nullable().references('hash').inTable('artifacts');
      t.bigInteger('deployed_at').notNullable();
      t.index(['env', 'stack', 'id'], 'stack_deployments_env_stack_idx');
      t.index(['project', 'env'], 'stack_deployments_project_env_idx');
    });
    await knex.schema.createTable('locks', (t) => {
      t.string('env', 64).primary();
      t.string('run_id', 26).notNullable();
      t.string('host', 255).notNullable();
      t.integer('pid').notNullable();
      t.bigInteger('acquired_at').notNullable();
      t.bigInteger('heartbeat_at').notNullable();
    });
    await knex.schema.createTable('drift_findings', (t) => {
      t.increments('id').primary();
      t.string('run_id', 26).notNullable().references('id').inTable('runs');
      t.string('env', 64).notNullable();
      t.string('project', 255).nullable();
      t.string('stack', 255).notNullable();
      t.string('resource_address', 1024).notNullable();
      t.string('attribute', 1024).notNullable();
      t.text('expected').nullable();
      t.text('actual').nullable();
      t.bigInteger('found_at').notNullable();
      t.index(['env', 'found_at'], 'drift_findings_env_found_idx');
      t.index(['run_id'], 'drift_findings_run_idx');
    });
    await knex.schema.createTable('promotions', (t) => {
      t.increments('id').primary();
      t.string('from_env', 64).notNullable();
      t.string('to_env', 64).notNullable();
      t.string('git_sha', 64).notNullable();
      t.string('run_id', 26).notNullable().references('id').inTable('runs');
      t.string('approved_by', 255).nullable();
      t.bigInteger('at').notNullable();
      t.index(['to_env', 'at'], 'promotions_to_env_idx');
    });
  },
  async down(knex) {
    for (const table of [
      'promotions',
      'drift_findings',
      'locks',
      'stack_deployments',
      'stack_events',
      'artifacts',
      'runs',
    ]) {
      await knex.schema.dropTableIfExists(table);
    }
  },
};

/** Every migration, oldest first. Append new ones; never edit one that has shipped. */
export const LEDGER_MIGRATIONS: readonly LedgerMigration[] = [
  initial,
  outputDigests,
  lockLeases,
  approvalsMigration,
  pruningMigration,
  complianceFindingsMigration,
  workQueueMigration,
  schemaMigrationsMigration,
  portalApprovalsMigration,
  planAssessmentsMigration,
];

/** The ledger's migrations as a knex migration source: in code, so bundling or a host app's cwd cannot lose them. */
export const ledgerMigrationSource: Knex.MigrationSource<LedgerMigration> = {
  getMigrations: async () => [...LEDGER_MIGRATIONS],
  getMigrationName: (migration) => migration.name,
  getMigration: async (migration) => ({ up: migration.up, down: migration.down }),
};
