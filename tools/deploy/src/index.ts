export * from './approvals';
export { deploy, type DeployOptions } from './deploy';
export { EndpointUnreachableError, endpointAnswers, requireEndpoint } from './endpoint';
export { EventLog, type StackRef } from './event-log';
export * from './gates';
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
export { destroyDir, rollbackDir, stackArtifacts, type StackArtifact } from './stacks';
export { rollbackFinishedRun, type RollbackRunOptions } from './rollback';
export { checkDrift, type DriftOptions, type DriftReport, type StackDrift } from './drift';
export { driftedAttributes, plannedCorrections, type AttributeDrift } from './drift-diff';
export { impactOf, planChange, type Impact, type PlanOptions, type PlanReport, type StackPlan } from './plan';
export { planMarkdown } from './plan-markdown';
export { promote, type PromoteOptions } from './promote';
export { checkApprovals, promotableCommit, PromotionRefusedError } from './promotion-checks';
export { recordPlanAssessment, riskApprovals, type RiskApprovals } from './plan-record';
export {
  assessChangeSet,
  assessSavedPlan,
  destroyedResources,
  type ChangeAssessment,
  type DestroyedResource,
  type PolicyException,
  type StackAssessment,
} from './plan-assessment';
export {
  checkCompliance,
  type ComplianceOptions,
  type ComplianceReport,
  type ComplianceStack,
} from './compliance/compliance';
export { stateDocument, resourceIdOf, type ShownState } from './compliance/state-document';
export {
  prepareTeardown,
  runTeardown,
  teardownUnits,
  type DestroyRequest,
  type Teardown,
  type TeardownResult,
} from './destroy';
export { DependantsExistError, deployedProjects, destroySelection } from './destroy-set';
export { TerraformDestroyRunner, type DestroyRunnerOptions } from './destroy-runner';
export { synthesizeAtCommit, type CommitSynthOptions } from './base-synth';
export {
  lossNotes,
  STATEFUL_DESTROY_RULE,
  statefulRefusals,
  statefulResources,
  type StatefulResource,
} from './stateful';
export {
  moveBackUnapplied,
  moveRenamedStates,
  moveRenamedStatesEverywhere,
  retireMovedStacks,
  withStateMoves,
  type MovedState,
  type ProjectRename,
} from './rename';
export { planTeardown, type DestroyPlan } from './plan-destroy';
export { type RegionApplied } from './deploy';
export {
  bake,
  haltReason,
  systemClock,
  type BakeClock,
  type BakeEvent,
  type BakeOptions,
  type BakeResult,
} from './rollout/bake';
export { describeProblems, type HealthCheck, type HealthProblem } from './rollout/health';
export { alarmNamesOf, CloudWatchAlarmCheck, type CloudWatchAlarmCheckOptions } from './rollout/cloudwatch';
export { PrometheusBurnCheck, type PrometheusBurnCheckOptions } from './rollout/prometheus';
export { regionHealthChecks, type RegionHealthOptions } from './rollout/region-health';
export { signV4, type AwsCredentials } from './rollout/sigv4';
export * from './schema-migrations';
export {
  workerExecutor,
  type DeployExecutor,
  type ExecutorContext,
  type ExecutorRunner,
} from './workers/executor';
export { QueueStackRunner, type QueueRunnerOptions } from './workers/queue-runner';
export {
  startWorker,
  type WorkerHandle,
  type WorkerJobRecord,
  type WorkerLoopOptions,
} from './workers/worker-loop';
export { terraformJobHandler, type TerraformJobOptions } from './workers/terraform-job';
export type { JobPayload, JobStack, WorkerReport } from './workers/protocol';
export {
  importResources,
  type ImportOptions,
  type ImportPolicyFinding,
  type ImportReport,
} from './import/import';
export { importScope, parseImportTargets, type ImportTarget } from './import/request';
