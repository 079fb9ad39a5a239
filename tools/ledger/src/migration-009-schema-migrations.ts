import type { Knex } from 'knex';

/**
 * Schema migrations (issue 16): every SQL migration a run applied to a data project's database, or undid when
 * the run rolled back, or that failed, with the file's checksum and its declared destructive reason.
 */
export const schemaMigrationsMigration = {
  name: '009_schema_migrations',
  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('schema_migrations', (t) => {
      t.increments('id').primary();
      t.string('run_id', 26).notNullable().references('id').inTable('runs').onDelete('CASCADE');
      t.string('env', 64).notNullable();
      t.string('project', 255).notNullable();
      t.string('region', 64).notNullable();
      /** `0002_add_status` (the file name without `.sql`). */
      t.string('migration', 255).notNullable();
      t.string('checksum', 64).notNullable();
      /** `applied`, `failed` or `rolled_back`. */
      t.string('status', 16).notNullable();
      /** The reason of its `-- stratum:destructive` header, when it declares destructive statements. */
      t.text('destructive').nullable();
      t.text('error').nullable();
      t.bigInteger('at').notNullable();
      t.index(['env', 'project', 'region'], 'schema_migrations_target_idx');
      t.index(['run_id'], 'schema_migrations_run_idx');
    });
  },
  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTableIfExists('schema_migrations');
  },
};
