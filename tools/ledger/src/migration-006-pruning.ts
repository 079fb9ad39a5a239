import type { Knex } from 'knex';

/**
 * Artifact pruning: `used_at` (the last time a run stored the artifact, so that one a running deploy re-uses is
 * kept) and `pruned_at` (the content was dropped; the row stays so that deployments keep their foreign key and
 * history keeps the hash). Old rows count as used when they were created.
 */
export const pruningMigration = {
  name: '006_pruning',
  async up(knex: Knex): Promise<void> {
    await knex.schema.alterTable('artifacts', (t) => {
      t.bigInteger('used_at').nullable();
      t.bigInteger('pruned_at').nullable();
    });
    await knex('artifacts').update({ used_at: knex.ref('created_at') });
  },
  async down(knex: Knex): Promise<void> {
    await knex.schema.alterTable('artifacts', (t) => {
      t.dropColumn('pruned_at');
      t.dropColumn('used_at');
    });
  },
};
