import { LedgerError } from './errors';
import { MIGRATIONS_TABLE } from './migrations';

/** Which database a ledger talks to, for error messages and dialect quirks. */
export interface LedgerTarget {
  readonly dialect: 'sqlite' | 'postgres';
  /** The SQLite path, or the PostgreSQL URL with its password redacted. */
  readonly description: string;
  /** How long SQLite waits for another writer, in milliseconds (for the `busy` message). */
  readonly busyTimeoutMs?: number;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** SQLite result codes for driver messages that reach us without a code (knex's migration lock rewraps them). */
const SQLITE_MESSAGES: readonly (readonly [RegExp, string])[] = [
  [/readonly database/i, 'SQLITE_READONLY'],
  [/database is locked/i, 'SQLITE_BUSY'],
  [/unable to open database file/i, 'SQLITE_CANTOPEN'],
  [/file is not a database/i, 'SQLITE_NOTADB'],
];

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const nested = (error as { errors?: unknown }).errors;
  if (Array.isArray(nested)) return nested.map(errorCode).find((c) => c !== undefined);
  return undefined;
}

/** The driver's own words, without the SQL that knex puts in front of them. */
function driverMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const parts = text.split(' - ');
  const last = parts[parts.length - 1] ?? text;
  return (last.trim() || text).split('\n')[0] ?? text;
}

function fromSqlite(
  code: string,
  target: LedgerTarget,
  operation: string,
  cause: unknown,
): LedgerError | undefined {
  const where = `ledger database ${target.description}`;
  const said = driverMessage(cause);
  if (code.startsWith('SQLITE_READONLY')) {
    return new LedgerError(
      `Cannot ${operation}: the ${where} is read-only (${said}). Make the file and its folder writable by this user ` +
        `(SQLite writes ${target.description}-wal and -shm beside it), or point STRATUM_LEDGER at a writable path.`,
      'read_only',
      target.description,
      { cause },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    const waited = target.busyTimeoutMs === undefined ? '' : ` for more than ${target.busyTimeoutMs} ms`;
    return new LedgerError(
      `Cannot ${operation}: the ${where} is locked by another process${waited} (${said}). Wait for the other stratum ` +
        `command to finish and retry; if none is running, find the process holding the file open (e.g. fuser ${target.description}).`,
      'busy',
      target.description,
      { cause },
    );
  }
  if (
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    code.startsWith('SQLITE_AUTH')
  ) {
    return new LedgerError(
      `Cannot ${operation}: unable to open the ${where} (${said}). Check that the file and its folder exist and are ` +
        `readable and writable by this user, or point STRATUM_LEDGER at another path.`,
      'cannot_open',
      target.description,
      { cause },
    );
  }
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new LedgerError(
      `Cannot ${operation}: ${target.description} is not a usable SQLite database (${said}). Move the file aside and ` +
        `let stratum create a new ledger, or point STRATUM_LEDGER at the right file.`,
      'corrupt',
      target.description,
      { cause },
    );
  }
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return foreignKey(target, operation, cause);
  return undefined;
}

function foreignKey(target: LedgerTarget, operation: string, cause: unknown): LedgerError {
  return new LedgerError(
    `Cannot ${operation} in the ledger ${target.description}: it refers to a run or an artifact that the ledger does ` +
      `not hold. Create the run (createRun) and store the artifact (putArtifact) first.`,
    'invalid',
    target.description,
    { cause },
  );
}

function fromPostgres(
  code: string | undefined,
  target: LedgerTarget,
  operation: string,
  cause: unknown,
): LedgerError | undefined {
  const said = driverMessage(cause);
  const name = cause instanceof Error ? cause.name : '';
  const where = `the ledger database ${target.description}`;
  if (code !== undefined && code.startsWith('28')) {
    return new LedgerError(
      `Cannot ${operation}: ${where} refuses the login (${said}). Fix the user and password in STRATUM_LEDGER, ` +
        `or allow this client in the server's pg_hba.conf.`,
      'unreachable',
      target.description,
      { cause },
    );
  }
  if (code === '3D000') {
    return new LedgerError(
      `Cannot ${operation}: ${where} does not exist on the server (${said}). Create it (createdb) or fix the ` +
        `database name in STRATUM_LEDGER.`,
      'unreachable',
      target.description,
      { cause },
    );
  }
  const connectionTrouble =
    (code !== undefined && (CONNECTION_CODES.has(code) || code === '57P03')) ||
    name === 'KnexTimeoutError' ||
    /connection terminated|timeout expired|connection timeout/i.test(said);
  if (connectionTrouble) {
    return new LedgerError(
      `Cannot ${operation}: ${where} is unreachable (${said}). Check that PostgreSQL is running and reachable, ` +
        `and that STRATUM_LEDGER names the right host and port.`,
      'unreachable',
      target.description,
      { cause },
    );
  }
  if (code === '25006' || code === '42501') {
    return new LedgerError(
      `Cannot ${operation}: the ledger database ${target.description} refuses writes (${said}). Connect to the primary ` +
        `as a user allowed to write the ledger tables.`,
      'read_only',
      target.description,
      { cause },
    );
  }
  if (code === '23503') return foreignKey(target, operation, cause);
  return undefined;
}

/** Turns a driver or knex failure into a `LedgerError` that names the database and says what to do. */
export function translateError(error: unknown, target: LedgerTarget, operation: string): LedgerError {
  if (error instanceof LedgerError) return error;
  if (error instanceof Error && /migration table is already locked/i.test(error.message)) {
    return new LedgerError(
      `Cannot ${operation}: another process has been migrating the ledger ${target.description} for too long. Retry; ` +
        `if no stratum command is running, a crashed migration left its lock: set is_locked = 0 in ` +
        `${MIGRATIONS_TABLE}_lock.`,
      'busy',
      target.description,
      { cause: error },
    );
  }
  const code = errorCode(error);
  let known: LedgerError | undefined;
  if (target.dialect === 'sqlite') {
    const text = error instanceof Error ? error.message : String(error);
    const sqliteCode = code ?? SQLITE_MESSAGES.find(([pattern]) => pattern.test(text))?.[1];
    known = sqliteCode === undefined ? undefined : fromSqlite(sqliteCode, target, operation, error);
  } else {
    known = fromPostgres(code, target, operation, error);
  }
  if (known) return known;
  return new LedgerError(
    `Cannot ${operation} in the ledger ${target.description}: ${driverMessage(error)}.`,
    'database',
    target.description,
    { cause: error },
  );
}
