import type { Knex } from 'knex';

/**
 * Compliance findings: what a `stratum compliance` run (a run of kind `compliance`) found in the deployed
 * state, with the owning project, service and owner group so the portal can list them by owner.
 */
export const complianceFindingsMigration = {
  name: '007_compliance_findings',
  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('compliance_findings', (t) => {
      t.increments('id').primary();
      t.string('run_id', 26).notNullable().references('id').inTable('runs').onDelete('CASCADE');
      t.string('env', 64).notNullable();
      t.string('project', 255).notNullable();
      t.string('stack', 255).notNullable();
      t.string('service', 255).nullable();
      t.string('owner', 255).notNullable();
      t.string('rule', 64).notNullable();
      t.string('checkov', 64).nullable();
      t.string('severity', 16).notNullable();
      t.string('resource_address', 512).notNullable();
      /** The resource's id in AWS (a security group id, a bucket name), when the state has one. */
      t.string('resource_id', 512).nullable();
      t.text('message').notNullable();
      t.bigInteger('found_at').notNullable();
      t.index(['env', 'run_id'], 'compliance_env_run_idx');
    });
  },
  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTableIfExists('compliance_findings');
  },
};
