export { deploy, type DeployOptions } from './deploy';
export { EndpointUnreachableError, endpointAnswers, requireEndpoint } from './endpoint';
export { EventLog, type StackRef } from './event-log';
export { acquireEnvironmentLock, EnvironmentLockedError, type LockOptions } from './lock';
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
