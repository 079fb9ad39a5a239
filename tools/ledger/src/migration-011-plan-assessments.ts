import type { Knex } from 'knex';

/**
 * Plan assessments: what `stratum plan` found a commit would cost and risk in an environment, so that `promote`
 * can require the extra approvals a risky change needs, and the portal can show a change's cost and risk.
 */
export const planAssessmentsMigration = {
  name: '011_plan_assessments',
  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('plan_assessments', (t) => {
      t.increments('id').primary();
      t.string('env', 64).notNullable();
      t.string('git_sha', 80).notNullable();
      t.string('actor', 255).notNullable();
      t.bigInteger('planned_at').notNullable();
      /** USD per month, signed. */
      t.double('monthly_delta').notNullable();
      t.integer('risk_score').notNullable();
      t.string('risk_level', 16).notNullable();
      /** The whole assessment as `stratum plan --json` prints it (cost per stack, risk terms). */
      t.text('assessment').notNullable();
      t.index(['env', 'git_sha', 'id'], 'plan_assessments_env_sha_idx');
    });
  },
  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTableIfExists('plan_assessments');
  },
};
