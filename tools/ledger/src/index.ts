export { hashArtifact } from './artifacts';
export type { ComplianceFinding, ComplianceQuery, NewComplianceFinding } from './compliance';
export { LedgerError, redactUrl, type LedgerErrorCode } from './errors';
export type { LedgerTarget } from './faults';
export { isRunId, newRunId, runIdTime } from './ids';
export { Ledger, type LedgerOptions } from './ledger';
export { LEDGER_MIGRATIONS, ledgerMigrationSource, MIGRATIONS_TABLE } from './migrations';
export {
  DEFAULT_LEDGER_PATH,
  LEDGER_ENV_VAR,
  openLedger,
  resolveLedgerLocation,
  type LedgerLocation,
  type OpenLedgerOptions,
} from './open';
export { DEFAULT_LOCK_TTL_MS } from './locks';
export { processIsAlive } from './process';
export { defaultRunnerId, parseDefaultRunnerId, readBootId } from './runner-id';
export { DEFAULT_KEEP_DEPLOYMENTS } from './pruning';
export * from './types';
export { WorkQueue } from './queue';
export type { ClaimRequest, Job, JobKind, JobStatus, LeaseExpiredResult, NewJob } from './work-queue';
