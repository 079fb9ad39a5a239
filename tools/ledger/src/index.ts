export { hashArtifact } from './artifacts';
export type { ComplianceFinding, ComplianceQuery, NewComplianceFinding } from './compliance';
export type { NewPlanAssessment, PlanAssessment } from './plan-assessments';
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
export type {
  NewSchemaMigration,
  SchemaMigrationQuery,
  SchemaMigrationRecord,
  SchemaMigrationStatus,
} from './schema-migrations';
// The `runs` table's row and its mapping, for readers of the ledger's tables that query it themselves (the portal).
export { num, toRun, type DbNumber, type RunRow } from './rows';
export { WorkQueue } from './queue';
export type { ClaimRequest, Job, JobKind, JobStatus, LeaseExpiredResult, NewJob } from './work-queue';
