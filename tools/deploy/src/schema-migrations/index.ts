export { databaseTarget, readDatabaseConfig, type DatabaseConfig, type DatabaseTarget } from './database';
export { DATABASE_FILE, MIGRATIONS_DIR, parseMigration, readMigrations, type MigrationFile } from './files';
export { describeFinding, lintMigrations, undeclaredFindings, type MigrationFinding } from './lint';
export { destructiveCover, prepareSchemaMigrations, type PreparedMigrations } from './prepare';
export { SchemaMigrationRunner, type ProjectMigrations, type SchemaMigrationRunnerOptions } from './runner';
export { withSchemaMigrations } from './dispatch';
export { MIGRATIONS_TABLE } from './source';
