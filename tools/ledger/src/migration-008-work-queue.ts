import type { Knex } from 'knex';

/**
 * The work queue of `--executor workers` (issue 15): one job per (run, stack unit, kind). A worker claims a job
 * with `FOR UPDATE SKIP LOCKED` (PostgreSQL) and holds it by a lease it renews; an expired lease makes the job
 * claimable again until its attempts run out. The table exists in every dialect; only PostgreSQL serves it.
 */
export const workQueueMigration = {
  name: '008_work_queue',
  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('work_jobs', (t) => {
      t.increments('id').primary();
      t.string('run_id', 26).notNullable().references('id').inTable('runs');
      t.string('env', 64).notNullable();
      t.string('unit', 255).notNullable();
      t.string('kind', 16).notNullable();
      t.double('priority').notNullable().defaultTo(0);
      t.string('status', 16).notNullable();
      t.integer('attempts').notNullable().defaultTo(0);
      t.integer('max_attempts').notNullable();
      t.string('worker', 255).nullable();
      t.bigInteger('lease_expires_at').nullable();
      t.text('payload').notNullable();
      t.text('result').nullable();
      t.bigInteger('created_at').notNullable();
      t.bigInteger('claimed_at').nullable();
      t.bigInteger('finished_at').nullable();
      t.unique(['run_id', 'unit', 'kind'], { indexName: 'work_jobs_run_unit_kind_uq' });
      t.index(['env', 'status', 'priority'], 'work_jobs_env_status_idx');
    });
  },
  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTableIfExists('work_jobs');
  },
};
