import type { ApplyResult, RollbackResult } from '@stratum/orchestrator';

/** What a worker reports for one job (stored as the job's result in the ledger). */
export interface WorkerReport {
  /** The worker that ran the job (`--name`, default `<host>/<pid>`). */
  readonly worker: string;
  /** For an apply job. */
  readonly apply?: ApplyResult;
  /** For a rollback job. */
  readonly rollback?: RollbackResult;
  /** Why the stack was planned (the runner's reasons), for the run report. */
  readonly reasons?: readonly string[];
  /** Problems worth a line in the run report that did not fail the stack. */
  readonly notes?: readonly string[];
}

/** Where a stack's pinned artifact goes on the worker, relative to the workspace root, and what it is. */
export interface JobStack {
  readonly unitId: string;
  readonly project: string;
  readonly stack: string;
  readonly region: string;
  readonly layer: string;
  /** Project folder relative to the workspace root. */
  readonly projectRoot: string;
  /** Stack folder relative to the workspace root (`<project>/cdktf.out/<env>/stacks/<stack>`). */
  readonly dir: string;
  /** sha256 of the synthesized cdk.tf.json, stored in the ledger's artifacts: the bytes every worker applies. */
  readonly artifactHash: string;
}

/** What the coordinator puts in each job: everything a worker with the repo at `gitSha` needs. */
export interface JobPayload {
  readonly gitSha: string;
  readonly force: boolean;
  readonly stack: JobStack;
}

export function isWorkerReport(value: unknown): value is WorkerReport {
  return typeof value === 'object' && value !== null && typeof (value as WorkerReport).worker === 'string';
}
