import { num, toRun as toRunRecord, type DbNumber, type RunRow } from '@stratum/ledger';
import type { Run } from '@stratum/plugin-stratum-common';

// The ledger owns its rows and their mapping; the portal reads them through @stratum/ledger.
export { num, type DbNumber, type RunRow };

/** The ledger's `runs` row as the API's Run: the ledger's record without the fields only the CLI reads. */
export function toRun(row: RunRow): Run {
  const { breakGlassReason: _breakGlassReason, treeDigest: _treeDigest, ...run } = toRunRecord(row);
  return run;
}

/** A nullable number column (`bigint` comes back as a string from PostgreSQL). */
export function numOrNull(value: DbNumber | null | undefined): number | null {
  return value === null || value === undefined ? null : num(value);
}
