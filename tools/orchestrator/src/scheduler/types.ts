import type { Layer } from '@stratum/config';

/**
 * One deployable unit: a project in one region. Several regions of one project are separate units; a unit
 * depends on the units of its project's dependencies in the same region.
 */
export interface StackUnit {
  /** `<project>@<region>`, unique in a plan. */
  readonly id: string;
  readonly project: string;
  readonly region: string;
  readonly layer: Layer;
  /** Ids of the units this one depends on (only units inside the plan), sorted. */
  readonly dependsOn: readonly string[];
  /**
   * What the unit applies: the project's stack, or its schema migrations (`migrations/NNNN_name.sql`), a
   * node after the stack and before the stack's dependants (see `withMigrationUnits`).
   * @default 'stack'
   */
  readonly kind?: 'stack' | 'migrations';
}

/** The units of one deployment, in deterministic deploy order (dependencies first, then layer, then name). */
export interface DeploymentPlan {
  readonly units: readonly StackUnit[];
}

/**
 * Life of a unit in a run. `pending → running → succeeded | unchanged | failed`, or `pending → skipped`;
 * after a failure applied units go `rolling_back → rolled_back | rollback_failed`.
 */
export type UnitStatus =
  | 'pending'
  | 'running'
  | 'succeeded'
  | 'unchanged'
  | 'failed'
  | 'skipped'
  | 'rolling_back'
  | 'rolled_back'
  | 'rollback_failed';

/** `failed` only when a unit failed and rollback was turned off (`rollback: 'none'`). */
export type RunStatus = 'succeeded' | 'rolled_back' | 'rollback_failed' | 'failed';

/** What a runner reports for one apply. */
export interface ApplyResult {
  readonly status: 'succeeded' | 'unchanged' | 'failed';
  /** Error text for a failure, kept verbatim in the outcome and the event. */
  readonly error?: string;
  /**
   * Whether the apply changed anything. Only read for failures: a failed unit is rolled back unless this is
   * `false` (unknown counts as changed, because terraform may fail on the 2nd of 3 resources).
   */
  readonly changed?: boolean;
  readonly exitCode?: number;
}

export interface RollbackResult {
  readonly ok: boolean;
  readonly error?: string;
}

/**
 * Applies and rolls back one unit. Throwing (or rejecting) counts as a failure of that unit; the error text
 * is kept. The scheduler never interrupts a call: `signal` only tells the runner the caller cancelled the
 * run, so it may decline to START work; it must not kill an apply that is under way.
 */
export interface StackRunner {
  apply(unit: StackUnit, signal?: AbortSignal): Promise<ApplyResult>;
  rollback(unit: StackUnit): Promise<RollbackResult>;
}

/** Why a unit never started, or why an applied unit was not rolled back. */
export type UnitReason =
  /** A dependency failed (`failed`), directly (`via` = `failed`) or through a skipped dependency (`via`). */
  | { readonly kind: 'dependency-failed'; readonly failed: string; readonly via: string }
  /** With `onFailure: 'stop-new'` no unit starts after the first failure (`failed`). */
  | { readonly kind: 'run-stopped'; readonly failed: string }
  /** The caller's AbortSignal fired before the unit started. */
  | { readonly kind: 'cancelled' }
  /** Not rolled back because the rollback of a dependant (`dependant`) failed: it still needs this unit. */
  | { readonly kind: 'dependant-rollback-failed'; readonly dependant: string };

/** One status change, emitted synchronously as it happens. */
export interface SchedulerEvent {
  readonly unit: StackUnit;
  readonly status: UnitStatus;
  readonly previous: UnitStatus | undefined;
  /** Milliseconds from the injected clock (`Date.now()` by default). */
  readonly at: number;
  readonly reason?: UnitReason;
  readonly error?: string;
  readonly exitCode?: number;
  readonly changed?: boolean;
}

/** Everything known about one unit at the end of a run. */
export interface UnitOutcome {
  readonly unit: StackUnit;
  readonly status: UnitStatus;
  /** What the apply reported, when the unit ran. */
  readonly applyStatus?: ApplyResult['status'];
  readonly startedAt?: number;
  readonly finishedAt?: number;
  /** The apply's error text, when it failed. */
  readonly error?: string;
  readonly exitCode?: number;
  readonly changed?: boolean;
  readonly reason?: UnitReason;
  readonly rollbackStartedAt?: number;
  readonly rollbackFinishedAt?: number;
  /** Why the unit ended `rollback_failed`: the runner's error, or which dependant's failed rollback kept it. */
  readonly rollbackError?: string;
}

/** One problem of a run; all of them are returned together at the end. */
export interface RunError {
  /** Unit id; absent for run-level problems (cancellation, a throwing event listener). */
  readonly unit?: string;
  readonly phase: 'apply' | 'rollback' | 'cancelled' | 'listener';
  readonly message: string;
}

export interface DeploymentResult {
  readonly status: RunStatus;
  /** In plan order. */
  readonly units: readonly UnitOutcome[];
  readonly errors: readonly RunError[];
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface RollbackRunResult {
  readonly status: 'rolled_back' | 'rollback_failed';
  /** The units that were to be rolled back, in plan order. */
  readonly units: readonly UnitOutcome[];
  readonly errors: readonly RunError[];
  readonly startedAt: number;
  readonly finishedAt: number;
}

/** Options shared by deployment and rollback. */
export interface SchedulingOptions {
  /**
   * Most units applied (or rolled back) at the same time.
   * @default 4
   */
  readonly concurrency?: number;
  /**
   * Called synchronously for every status change. A listener that throws is reported in `errors` and
   * never stops the run; a ledger that must not lose events should queue its writes.
   * @default no listener
   */
  readonly onEvent?: (event: SchedulerEvent) => void;
  /**
   * Clock for event times, injected by simulations.
   * @default Date.now
   */
  readonly now?: () => number;
}

export interface DeploymentOptions extends SchedulingOptions {
  /**
   * After the first failure: `'stop-new'` starts no new unit (running ones finish, everything pending ends
   * `skipped`); `'continue-independent'` keeps starting units that do not depend on a failure.
   * @default 'stop-new'
   */
  readonly onFailure?: 'stop-new' | 'continue-independent';
  /**
   * `'run'` rolls back every unit this run applied once nothing is running any more; `'none'` leaves
   * them applied and ends the run `failed`.
   * @default 'run'
   */
  readonly rollback?: 'run' | 'none';
  /**
   * Expected apply duration per unit id (e.g. medians from the ledger). When given, ready units start
   * longest-remaining-path first (ties: layer, then name); otherwise layer, then name.
   * @default none
   */
  readonly expectedDurations?: ReadonlyMap<string, number>;
  /**
   * Cancels the run: no new unit starts, pending units end `skipped` (reason `cancelled`), running ones
   * finish, then applied units roll back as after a failure. Passed on to `runner.apply`.
   * @default none
   */
  readonly signal?: AbortSignal;
}
