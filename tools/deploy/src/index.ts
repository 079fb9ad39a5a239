export { deploy, type DeployOptions } from './deploy';
export { EventLog, type StackRef } from './event-log';
export { acquireEnvironmentLock, EnvironmentLockedError, type LockOptions } from './lock';
export { reportStacks, type DeployReport, type DeployReportStack, type ReportStackStatus } from './report';
export { TerraformStackRunner, type RunnerOptions } from './runner';
export { StackTerraform, planCounts, type PlanCounts, type StepResult } from './stack-terraform';
export { rollbackDir, stackArtifacts, type StackArtifact } from './stacks';
export { rollbackFinishedRun, type RollbackRunOptions } from './rollback';
