export type {
  ApplyResult,
  DeploymentOptions,
  DeploymentPlan,
  DeploymentResult,
  RollbackResult,
  RollbackRunResult,
  RunError,
  RunStatus,
  SchedulerEvent,
  SchedulingOptions,
  StackRunner,
  StackUnit,
  UnitOutcome,
  UnitReason,
  UnitStatus,
} from './scheduler/types';
export { createPlan, planDeployment, unitGraph, unitId, type PlanInput } from './scheduler/plan';
export { runDeployment } from './scheduler/deploy';
export { rollbackRun } from './scheduler/rollback';
export { migrationUnitId, withMigrationUnits } from './scheduler/migration-units';
export { remainingPathRanks } from './scheduler/priority';
