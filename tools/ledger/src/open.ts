import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { findWorkspaceRoot } from '@stratum/config';
import knexFactory, { type Knex } from 'knex';
import { LedgerError, redactUrl } from './errors';
import { Ledger, type LedgerOptions } from './ledger';

/** The environment variable the CLI reads and passes to `openLedger`: a SQLite path or a `postgres://` URL. */
export const LEDGER_ENV_VAR = 'STRATUM_LEDGER';

/** The embedded default, relative to the workspace root. */
export const DEFAULT_LEDGER_PATH = join('.stratum', 'ledger.db');

export type LedgerLocation =
  { readonly kind: 'sqlite'; readonly path: string } | { readonly kind: 'postgres'; readonly url: string };

export interface OpenLedgerOptions extends LedgerOptions {
  /** The workspace root: holds the default `.stratum/ledger.db` and anchors relative SQLite paths. @default findWorkspaceRoot() */
  readonly root?: string;
  /** How long SQLite waits for another process's write lock before failing with a `busy` error, in ms. @default 5000 */
  readonly busyTimeoutMs?: number;
  /** How long to wait for a PostgreSQL connection, in ms. @default 10000 */
  readonly connectTimeoutMs?: number;
  /** Most PostgreSQL connections in the pool. @default 4 */
  readonly maxConnections?: number;
  /** Bring the schema up to date while opening. @default true */
  readonly migrate?: boolean;
}

/**
 * Where a `STRATUM_LEDGER` value points: empty means `<root>/.stratum/ledger.db`, `postgres://` or `postgresql://`
 * means PostgreSQL, anything else is a SQLite path (relative paths are taken from the workspace root).
 */
export function resolveLedgerLocation(urlOrPath: string | undefined, root: string): LedgerLocation {
  const value = urlOrPath?.trim() ?? '';
  if (value === '') return { kind: 'sqlite', path: join(root, DEFAULT_LEDGER_PATH) };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', url: value };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    throw new LedgerError(
      `${LEDGER_ENV_VAR}=${redactUrl(value)} is neither a SQLite path nor a postgres:// URL; set it to one of them, ` +
        `or unset it to use ${DEFAULT_LEDGER_PATH}.`,
      'invalid',
      redactUrl(value),
    );
  }
  return { kind: 'sqlite', path: isAbsolute(value) ? value : resolve(root, value) };
}

/** The part of a better-sqlite3 connection that the pool hook uses. */
interface SqliteConnection {
  pragma(source: string): unknown;
}

function ensureFolder(path: string): void {
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LedgerError(
      `Cannot create the folder ${folder} for the ledger database ${path} (${reason}). Create it with write access ` +
        `for this user, or point ${LEDGER_ENV_VAR} at a writable path.`,
      'cannot_open',
      path,
      { cause: error },
    );
  }
}

/**
 * Knex's logger, minus its connection and migration-lock warnings: the same failure reaches the caller as a
 * `LedgerError` that names the database and says what to do, so printing it twice only adds noise.
 */
const quietLog: Knex.Logger = {
  warn(message) {
    if (
      !/^(Acquire connection error|Can't take lock to run migrations|If you are sure migrations)/.test(
        String(message),
      )
    ) {
      console.warn(message);
    }
  },
};

function sqliteKnex(path: string, busyTimeoutMs: number): Knex {
  return knexFactory({
    client: 'better-sqlite3',
    connection: { filename: path },
    useNullAsDefault: true,
    log: quietLog,
    pool: {
      min: 1,
      max: 1,
      afterCreate(
        connection: SqliteConnection,
        done: (error: Error | null, connection: SqliteConnection) => void,
      ) {
        try {
          connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
          connection.pragma('foreign_keys = ON');
          try {
            connection.pragma('journal_mode = WAL');
            connection.pragma('synchronous = NORMAL');
          } catch {
            // A read-only file cannot switch journal mode: reads still work, and writes fail with a `read_only` error.
          }
          done(null, connection);
        } catch (error) {
          done(error as Error, connection);
        }
      },
    },
  });
}

function postgresKnex(url: string, connectTimeoutMs: number, maxConnections: number): Knex {
  return knexFactory({
    client: 'pg',
    connection: { connectionString: url, connectionTimeoutMillis: connectTimeoutMs },
    pool: { min: 0, max: maxConnections },
    acquireConnectionTimeout: connectTimeoutMs + 1000,
    log: quietLog,
  });
}

/**
 * Opens the ledger the CLI uses: `urlOrPath` is the value of `STRATUM_LEDGER` (read by the caller), a SQLite path
 * (WAL, busy timeout, folder created) or a `postgres://` URL. Migrates the schema unless told not to.
 */
export async function openLedger(urlOrPath?: string, options: OpenLedgerOptions = {}): Promise<Ledger> {
  const { busyTimeoutMs = 5000, connectTimeoutMs = 10_000, maxConnections = 4, migrate = true } = options;
  const location = resolveLedgerLocation(urlOrPath, options.root ?? findWorkspaceRoot());
  let knex: Knex;
  let description: string;
  if (location.kind === 'sqlite') {
    ensureFolder(location.path);
    knex = sqliteKnex(location.path, busyTimeoutMs);
    description = location.path;
  } else {
    knex = postgresKnex(location.url, connectTimeoutMs, maxConnections);
    description = redactUrl(location.url);
  }
  const ledger = new Ledger(knex, {
    ...options,
    description: options.description ?? description,
    busyTimeoutMs,
    ownsKnex: true,
  });
  if (migrate) {
    try {
      await ledger.migrate();
    } catch (error) {
      await knex.destroy();
      throw error;
    }
  }
  return ledger;
}
