import type { LedgerMigration } from './migration-types';

/**
 * Outputs as edges (issue 13): what each deployment published and what it read.
 * - `deployment_outputs`: the sha256 of the canonical JSON of every output a deployment's stack published.
 * - `deployment_inputs`: the digest of every upstream output the deployment read (null: it did not exist).
 * - `stack_deployments.outputs_recorded`: whether both were recorded (false for deployments made before this
 *   migration, whose edges are unknown rather than empty).
 * - `stack_events.reason`: why a stack was planned (`network.vpcCidr changed`, `cdk.tf.json changed`, ...).
 */
export const outputDigests: LedgerMigration = {
  name: '002_output_digests',
  async up(knex) {
    await knex.schema.alterTable('stack_deployments', (t) => {
      t.boolean('outputs_recorded').notNullable().defaultTo(false);
    });
    await knex.schema.alterTable('stack_events', (t) => {
      t.text('reason').nullable();
    });
    await knex.schema.createTable('deployment_outputs', (t) => {
      t.integer('deployment_id').unsigned().notNullable().references('id').inTable('stack_deployments');
      t.string('name', 255).notNullable();
      t.string('digest', 64).notNullable();
      t.primary(['deployment_id', 'name']);
    });
    await knex.schema.createTable('deployment_inputs', (t) => {
      t.integer('deployment_id').unsigned().notNullable().references('id').inTable('stack_deployments');
      t.string('upstream_stack', 255).notNullable();
      t.string('name', 255).notNullable();
      t.string('digest', 64).nullable();
      t.primary(['deployment_id', 'upstream_stack', 'name']);
      t.index(['upstream_stack'], 'deployment_inputs_upstream_idx');
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('deployment_inputs');
    await knex.schema.dropTableIfExists('deployment_outputs');
    await knex.schema.alterTable('stack_events', (t) => t.dropColumn('reason'));
    await knex.schema.alterTable('stack_deployments', (t) => t.dropColumn('outputs_recorded'));
  },
};
