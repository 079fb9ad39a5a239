import type { LedgerMigration } from './migration-types';

/**
 * Issue 14, gated environments. `approvals`: SSH-signed approvals of one sha for one environment, or of one
 * break-glass run after the fact (`run_id`); the signature covers (env, sha, run, signed_at), so the row can be
 * verified again at any time against services/org.yaml. `runs.break_glass_reason`: set on a deploy that skipped
 * promotion and approvals. `runs.tree_digest`: sha256 of the uncommitted changes to synth inputs a local deploy
 * ran with (its git_sha then ends in `+dirty`).
 */
export const approvalsMigration: LedgerMigration = {
  name: '005_approvals',
  async up(knex) {
    await knex.schema.createTable('approvals', (t) => {
      t.increments('id').primary();
      t.string('env', 64).notNullable();
      t.string('git_sha', 64).notNullable();
      t.string('run_id', 26).nullable();
      t.string('approver', 255).notNullable();
      t.text('signature').notNullable();
      t.bigInteger('signed_at').notNullable();
      t.bigInteger('recorded_at').notNullable();
      t.index(['env', 'git_sha'], 'approvals_env_sha_idx');
      t.index(['run_id'], 'approvals_run_idx');
    });
    await knex.schema.alterTable('runs', (t) => {
      t.text('break_glass_reason').nullable();
      t.string('tree_digest', 64).nullable();
    });
  },
  async down(knex) {
    await knex.schema.alterTable('runs', (t) => {
      t.dropColumn('break_glass_reason');
      t.dropColumn('tree_digest');
    });
    await knex.schema.dropTableIfExists('approvals');
  },
};
