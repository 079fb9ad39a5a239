import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, readYamlFile, type Environment } from '@stratum/config';
import { DATABASE_FILE, MIGRATIONS_DIR } from './files';

const DatabaseSchema = z.strictObject({
  /** Database to connect to (the `databaseName` of the PostgresDatabase). */
  database: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a PostgreSQL database name'),
  /** Terraform output of the stack holding the database host. @default 'db_endpoint' */
  endpointOutput: z.string().min(1).default('db_endpoint'),
  /** Terraform output holding the port. @default 'db_port' */
  portOutput: z.string().min(1).default('db_port'),
  /** Terraform output holding the Secrets Manager secret (RDS-managed username/password). @default 'db_secret_arn' */
  secretOutput: z.string().min(1).default('db_secret_arn'),
});

export type DatabaseConfig = z.infer<typeof DatabaseSchema>;

/** Reads `<project>/migrations/database.yaml`; a project with migrations must have one. */
export function readDatabaseConfig(root: string, projectRoot: string): DatabaseConfig {
  const file = `${projectRoot}/${MIGRATIONS_DIR}/${DATABASE_FILE}`;
  const path = join(root, file);
  if (!existsSync(path))
    throw new ConfigError(
      `${file} is missing: a project with migrations names its database there, e.g. 'database: payments' ` +
        `(and endpointOutput/portOutput/secretOutput when its outputs are not db_endpoint/db_port/db_secret_arn).`,
      file,
    );
  const parsed = DatabaseSchema.safeParse(readYamlFile(path, file, { maxBytes: 8_000 }));
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top level)'}: ${i.message}.`).join('\n'),
    file,
  );
}

/** How the database of a data stack is reached from this machine. */
export interface DatabaseTarget {
  /** A `postgres://` URL (credentials included; never printed). */
  readonly url: string;
  /** What to show instead of the URL. */
  readonly label: string;
}

/**
 * The connection for a data stack's database, from its outputs (`terraform output -json` values). In an
 * emulator environment (one with `endpoint`) the emulator runs no database engine, so the endpoint the stack
 * publishes maps to the local PostgreSQL `localUrl` (`tools/scripts/postgres.sh start` prints one; the CLI
 * reads STRATUM_LOCAL_POSTGRES_URL). Elsewhere the host and port come from the outputs and the credentials
 * from the RDS-managed secret the stack names.
 */
export function databaseTarget(
  env: Environment,
  config: DatabaseConfig,
  outputs: Readonly<Record<string, unknown>>,
  project: string,
  localUrl: string | undefined,
): DatabaseTarget | { error: string } {
  const host = outputs[config.endpointOutput];
  if (typeof host !== 'string' || host === '')
    return {
      error: `${project} publishes no output '${config.endpointOutput}' (the database host); publish it, or set endpointOutput in migrations/${DATABASE_FILE}`,
    };
  if (env.endpoint) {
    if (!localUrl)
      return {
        error: `${env.name} runs on the emulator, which has no database engine: start PostgreSQL with \`tools/scripts/postgres.sh start\` and export STRATUM_LOCAL_POSTGRES_URL=<the URL it prints>`,
      };
    return { url: localUrl, label: `local PostgreSQL (standing in for ${host})` };
  }
  return {
    error:
      `connecting to ${host} needs the credentials in the secret output '${config.secretOutput}', and reading ` +
      `Secrets Manager is not wired yet: run the migrations from a host with access, or use a local environment`,
  };
}
