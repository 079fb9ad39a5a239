/** Every status a run can have; `running` is the only one that is not final (same list as @stratum/ledger). */
export const RUN_STATUSES = [
  'running',
  'succeeded',
  'failed',
  'rolled_back',
  'rollback_failed',
  'interrupted',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** Every status a stack passes through within a run (same list as @stratum/ledger); `destroyed`: torn down, never rolled back. */
export const STACK_STATUSES = [
  'pending',
  'planning',
  'applying',
  'succeeded',
  'failed',
  'skipped',
  'unchanged',
  'rolling_back',
  'rolled_back',
  'rollback_failed',
  'destroyed',
] as const;
export type StackStatus = (typeof STACK_STATUSES)[number];

/** What a run does: a deploy (also a promotion), a rollback of an earlier run, or a drift check. */
export const RUN_KINDS = ['deploy', 'rollback', 'drift', 'compliance', 'import'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** One run of the ledger. Times are ISO-8601 strings (UTC). */
export interface Run {
  readonly id: string;
  readonly kind: RunKind;
  readonly env: string;
  readonly gitSha: string;
  readonly baseRef: string | null;
  readonly actor: string;
  /** What started the run: `cli`, `ci`, `promote`, `portal`, ... */
  readonly trigger: string;
  readonly host: string;
  readonly pid: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: RunStatus;
  readonly error: string | null;
  readonly eventCount: number;
}

/** Resources a `terraform plan` would add, change and destroy. */
export interface PlanSummary {
  readonly adds: number;
  readonly changes: number;
  readonly destroys: number;
}

/** One status change of one stack within a run. */
export interface StackEvent {
  readonly runId: string;
  /** 1, 2, 3... within the run, in the order the events were recorded. */
  readonly seq: number;
  readonly env: string;
  readonly project: string;
  readonly stack: string;
  readonly layer: string;
  readonly region: string | null;
  readonly status: StackStatus;
  readonly at: string;
  readonly terraformExitCode: number | null;
  readonly plan: PlanSummary | null;
  readonly artifactHash: string | null;
  /** Terraform's error text when the stack failed. */
  readonly error: string | null;
}

/** `GET /runs/:id`: the run and every stack event, in `seq` order. */
export interface RunDetail extends Run {
  readonly events: readonly StackEvent[];
}

/** `GET /runs`: newest first; pass `nextCursor` as `cursor` for the next (older) page, null on the last page. */
export interface RunPage {
  readonly runs: readonly Run[];
  readonly nextCursor: string | null;
}

/** One entry of `GET /stacks/:project/history`: a stack event with its run's sha, actor and status. */
export interface StackHistoryEntry extends StackEvent {
  readonly gitSha: string;
  readonly actor: string;
  readonly runStatus: RunStatus;
}

/** `GET /stacks/:project/history`. */
export interface StackHistory {
  readonly project: string;
  readonly env: string;
  /** Newest first. */
  readonly entries: readonly StackHistoryEntry[];
}

/** `POST /runs` answer: `created` is false when the ledger already held the run (the call is idempotent). */
export interface PublishRunResult {
  readonly created: boolean;
  readonly run: RunDetail;
}
