/**
 * What went wrong, so that a CLI can pick an exit code or a hint without parsing the message:
 * - `read_only`: the database (file, folder or server) refuses writes.
 * - `busy`: another process held the SQLite write lock beyond the busy timeout.
 * - `cannot_open`: the SQLite file or its folder cannot be created or opened.
 * - `unreachable`: the PostgreSQL server does not answer or refuses the login.
 * - `lock_conflict`: an environment lock is held by another run.
 * - `not_found`: a run id that the ledger does not hold.
 * - `invalid`: a bad argument (unknown status, bad cursor, reference to a missing run or artifact).
 * - `corrupt`: stored data that does not match its hash, or a file that is not a database.
 * - `database`: any other database failure (the message carries the driver's text).
 */
export type LedgerErrorCode =
  | 'read_only'
  | 'busy'
  | 'cannot_open'
  | 'unreachable'
  | 'lock_conflict'
  | 'not_found'
  | 'invalid'
  | 'corrupt'
  | 'database';

/** Every failure of the ledger. The message names the database (password redacted) and says what to do next. */
export class LedgerError extends Error {
  override readonly name = 'LedgerError';
  constructor(
    message: string,
    readonly code: LedgerErrorCode,
    /** The database at fault: a SQLite path or a PostgreSQL URL with its password replaced by `***`. */
    readonly target: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Replaces the password of a connection URL with `***`; leaves anything that is not a URL with credentials alone. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/(\/\/[^:/@]+:)[^@/]*@/, '$1***@');
  }
}
