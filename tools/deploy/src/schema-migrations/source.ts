import type { Knex } from 'knex';
import type { MigrationFile } from './files';

/** The table knex keeps in the target database to know which migrations ran there. */
export const MIGRATIONS_TABLE = 'stratum_schema_migrations';

/**
 * A project's SQL files as a knex migration source: knex's migrator (its table, lock and one transaction per
 * migration) runs them; `up` is the file's SQL above `-- stratum:down`, `down` the SQL below it.
 */
export function sqlMigrationSource(files: readonly MigrationFile[]): Knex.MigrationSource<MigrationFile> {
  return {
    getMigrations: async () => [...files],
    getMigrationName: (file) => file.name,
    getMigration: async (file) => ({
      up: async (knex: Knex) => {
        await knex.raw(file.up);
      },
      down: async (knex: Knex) => {
        if (file.down === null) throw new Error(noDownSection(file));
        await knex.raw(file.down);
      },
    }),
  };
}

export function noDownSection(file: MigrationFile): string {
  return (
    `${file.file} has no '-- stratum:down' section, so it cannot be undone automatically: undo it by hand, ` +
    `delete its row from ${MIGRATIONS_TABLE}, and add a down section to future migrations`
  );
}

/** The migrator settings for `files`, shared by apply and rollback. */
export function migratorConfig(files: readonly MigrationFile[]): Knex.MigratorConfig {
  return { migrationSource: sqlMigrationSource(files), tableName: MIGRATIONS_TABLE };
}
