// Shared pieces of the ledger contract tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { LedgerError } from '../errors';
import type { Ledger } from '../ledger';
import type { OpenLedgerOptions } from '../open';

/** What each contract test gets: the ledger under test, its location (for worker processes) and a way to open more. */
export interface ContractFixture {
  readonly ledger: Ledger;
  readonly location: string;
  open(options?: OpenLedgerOptions): Promise<Ledger>;
}

/** Read inside a test: the fixture exists only once the suite's `before` hook ran. */
export type FixtureAccess = () => ContractFixture;

export const run = { gitSha: 'abc123', actor: 'alice', trigger: 'test' } as const;

/** An `assert.rejects` validator for a LedgerError with this code (and message pattern). */
export function isLedgerError(code: LedgerError['code'], pattern?: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof LedgerError, `expected a LedgerError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (pattern) assert.match(error.message, pattern);
    return true;
  };
}

/** A pid that belonged to a process that has exited. */
export function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  assert.ok(child.pid > 0);
  return child.pid;
}
