import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigError, readYamlFile, type Environment } from '@stratum/config';
import { DATABASE_FILE, MIGRATIONS_DIR } from './files';
import type { LoginReader } from './secret';

const DatabaseSchema = z.strictObject({
  /** Database to connect to (the `databaseName` of the PostgresDatabase). */
  database: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'must be a PostgreSQL database name'),
  /** Terraform output of the stack holding the database host. @default 'db_endpoint' */
  endpointOutput: z.string().min(1).default('db_endpoint'),
  /** Terraform output holding the port. @default 'db_port' */
  portOutput: z.string().min(1).default('db_port'),
  /** Terraform output holding the Secrets Manager secret (RDS-managed username/password). @default 'db_secret_arn' */
  secretOutput: z.string().min(1).default('db_secret_arn'),
  /**
   * TLS to the database: `verify-full` checks the server certificate (RDS: give Node the RDS CA bundle with
   * NODE_EXTRA_CA_CERTS), `no-verify` encrypts without checking it, `disable` sends in clear. @default 'verify-full'
   */
  sslMode: z.enum(['verify-full', 'no-verify', 'disable']).default('verify-full'),
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
 * reads STRATUM_LOCAL_POSTGRES_URL). Elsewhere the host and port come from the outputs and the login from the
 * RDS-managed secret the stack names, read with `readLogin` (Secrets Manager).
 */
export async function databaseTarget(
  env: Environment,
  config: DatabaseConfig,
  outputs: Readonly<Record<string, unknown>>,
  project: string,
  localUrl: string | undefined,
  readLogin: LoginReader,
): Promise<DatabaseTarget | { error: string }> {
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
  const port = outputs[config.portOutput] ?? 5432;
  if (!Number.isInteger(Number(port)))
    return {
      error: `${project} output '${config.portOutput}' is ${JSON.stringify(port)}, not a port number`,
    };
  const secretArn = outputs[config.secretOutput];
  if (typeof secretArn !== 'string' || secretArn === '')
    return {
      error: `${project} publishes no output '${config.secretOutput}' (the RDS-managed secret with the database login); publish it, or set secretOutput in migrations/${DATABASE_FILE}`,
    };
  let login;
  try {
    login = await readLogin(secretArn);
  } catch (error) {
    return {
      error: `reading the login of ${project}'s database: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const url = new URL(
    `postgres://${host.includes(':') ? `[${host}]` : host}:${Number(port)}/${config.database}`,
  );
  url.username = encodeURIComponent(login.username);
  url.password = encodeURIComponent(login.password);
  url.searchParams.set('sslmode', config.sslMode);
  return { url: url.toString(), label: `${login.username}@${host}:${Number(port)}/${config.database}` };
}
