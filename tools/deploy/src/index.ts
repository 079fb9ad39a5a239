export { deploy, type DeployOptions } from './deploy';
export { EndpointUnreachableError, endpointAnswers, requireEndpoint } from './endpoint';
export { EventLog, type StackRef } from './event-log';
export {
  acquireEnvironmentLock,
  EnvironmentLockedError,
  takeoverNote,
  type LockAcquired,
  type LockOptions,
} from './lock';
export { acquireLease, leaseTtlMs, type Lease, type LeaseRequest } from './lease';
export { startHeartbeat, type Heartbeat } from './heartbeat';
export { clearTerraformLocks, TerraformLockRecorder, type ClearOptions } from './tf-locks';
export { readS3Lock, s3BackendOf, type S3BackendBlock, type TerraformLockInfo } from './tf-lock-store';
export { reportStacks, type DeployReport, type DeployReportStack, type ReportStackStatus } from './report';
export { TerraformStackRunner, type RunnerOptions } from './runner';
export { StackTerraform, planCounts, type PlanCounts, type StepResult } from './stack-terraform';
export { rollbackDir, stackArtifacts, type StackArtifact } from './stacks';
export { rollbackFinishedRun, type RollbackRunOptions } from './rollback';
export { checkDrift, type DriftOptions, type DriftReport, type StackDrift } from './drift';
export { driftedAttributes, plannedCorrections, type AttributeDrift } from './drift-diff';
export { impactOf, planChange, type Impact, type PlanOptions, type PlanReport, type StackPlan } from './plan';
export { planMarkdown } from './plan-markdown';
export { promote, type PromoteOptions } from './promote';
export { checkApprovals, promotableCommit, PromotionRefusedError } from './promotion-checks';
