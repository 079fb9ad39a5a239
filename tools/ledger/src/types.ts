/** Every status a run can have; `running` is the only one that is not final. */
export const RUN_STATUSES = [
  'running',
  'succeeded',
  'failed',
  'rolled_back',
  'rollback_failed',
  'interrupted',
] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
export type FinalRunStatus = Exclude<RunStatus, 'running'>;

/** Every status a stack can pass through within a run. */
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
] as const;
export type StackStatus = (typeof STACK_STATUSES)[number];

/** What a run does: a deploy (also a promotion), a rollback of an earlier run, or a drift check. */
export const RUN_KINDS = ['deploy', 'rollback', 'drift'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** One run as stored. Times are ISO-8601 strings (UTC). */
export interface RunRecord {
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
  /** How many stack events the run has recorded. */
  readonly eventCount: number;
}

export interface NewRun {
  /** The run id; take one from `Ledger.newRunId()` when the lock must be acquired first. @default a new id */
  readonly id?: string;
  /** @default 'deploy' */
  readonly kind?: RunKind;
  readonly env: string;
  readonly gitSha: string;
  /** The base ref of an affected deploy. @default null */
  readonly baseRef?: string | null;
  readonly actor: string;
  readonly trigger: string;
  /** @default the ledger's host */
  readonly host?: string;
  /** @default the ledger's pid */
  readonly pid?: number;
  /** @default the ledger's clock */
  readonly startedAt?: Date;
}

export interface RunOutcome {
  readonly status: FinalRunStatus;
  /** What went wrong, for every status but `succeeded`. @default null */
  readonly error?: string | null;
  /** @default the ledger's clock */
  readonly finishedAt?: Date;
}

/** Resources a `terraform plan` would add, change and destroy. */
export interface PlanSummary {
  readonly adds: number;
  readonly changes: number;
  readonly destroys: number;
}

export interface NewStackEvent {
  readonly project: string;
  readonly stack: string;
  readonly layer: string;
  /** @default null (single-region environment) */
  readonly region?: string | null;
  readonly status: StackStatus;
  /** @default the ledger's clock */
  readonly at?: Date;
  /** @default null (terraform did not run) */
  readonly terraformExitCode?: number | null;
  /** @default null */
  readonly plan?: PlanSummary | null;
  /** The sha256 of the `cdk.tf.json` this event is about (see `putArtifact`). @default null */
  readonly artifactHash?: string | null;
  /** @default null */
  readonly error?: string | null;
}

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
  readonly error: string | null;
}

export interface RunDetail extends RunRecord {
  /** Every stack event of the run, in `seq` order. */
  readonly events: readonly StackEvent[];
}

/** A stack event together with the run it belongs to, for per-project history. */
export interface StackHistoryEntry extends StackEvent {
  readonly gitSha: string;
  readonly actor: string;
  readonly runStatus: RunStatus;
}

export interface ListRunsQuery {
  readonly env?: string;
  readonly status?: RunStatus;
  readonly kind?: RunKind;
  /** Page size, 1 to 500. @default 50 */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. @default the newest run */
  readonly cursor?: string;
}

export interface RunPage {
  /** Newest first. */
  readonly runs: readonly RunRecord[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  readonly nextCursor: string | null;
}

/** A successful apply (or a rollback, or a destroy when `artifactHash` is null) of one stack in one environment. */
export interface Deployment {
  readonly id: number;
  readonly env: string;
  readonly project: string;
  readonly stack: string;
  readonly runId: string;
  /** The applied `cdk.tf.json`; null when the stack was destroyed. */
  readonly artifactHash: string | null;
  readonly deployedAt: string;
}

export interface NewDeployment {
  readonly env: string;
  readonly project: string;
  readonly stack: string;
  readonly runId: string;
  readonly artifactHash: string | null;
  /** @default the ledger's clock */
  readonly deployedAt?: Date;
}

/** Who holds an environment's deploy lock. */
export interface LockHolder {
  readonly env: string;
  readonly runId: string;
  readonly host: string;
  readonly pid: number;
  readonly acquiredAt: string;
  readonly heartbeatAt: string;
}

export interface LockRequest {
  readonly runId: string;
  /** @default the ledger's host */
  readonly host?: string;
  /** @default the ledger's pid */
  readonly pid?: number;
}

export type LockResult =
  { readonly ok: true; readonly lock: LockHolder } | { readonly ok: false; readonly holder: LockHolder };

/** Tells whether a process on this host is alive. */
export type IsAlive = (pid: number) => boolean;

export interface NewDriftFinding {
  /** @default null */
  readonly project?: string | null;
  readonly stack: string;
  /** Terraform resource address, e.g. `aws_s3_bucket.logs`. */
  readonly resourceAddress: string;
  readonly attribute: string;
  /** The value the configuration expects, as text (JSON for structured values). @default null */
  readonly expected?: string | null;
  /** The value found in the cloud, as text (JSON for structured values). @default null */
  readonly actual?: string | null;
  /** @default the ledger's clock */
  readonly foundAt?: Date;
}

export interface DriftFinding {
  readonly id: number;
  /** The drift check (a run of kind `drift`) that found it. */
  readonly runId: string;
  readonly env: string;
  readonly project: string | null;
  readonly stack: string;
  readonly resourceAddress: string;
  readonly attribute: string;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly foundAt: string;
}

export interface DriftQuery {
  readonly env: string;
  readonly runId?: string;
  readonly stack?: string;
  /** 1 to 1000. @default 200 */
  readonly limit?: number;
}

export interface NewPromotion {
  readonly fromEnv: string;
  readonly toEnv: string;
  readonly gitSha: string;
  /** The deploy run in the target environment. */
  readonly runId: string;
  /** @default null */
  readonly approvedBy?: string | null;
  /** @default the ledger's clock */
  readonly at?: Date;
}

export interface Promotion {
  readonly id: number;
  readonly fromEnv: string;
  readonly toEnv: string;
  readonly gitSha: string;
  readonly runId: string;
  readonly approvedBy: string | null;
  readonly at: string;
}

export interface PromotionQuery {
  /** The target environment. @default every environment */
  readonly toEnv?: string;
  /** 1 to 500. @default 50 */
  readonly limit?: number;
}

export interface PruneOptions {
  /** Deployments of each stack whose artifacts stay (rolling back the oldest of them stays possible). @default 10 */
  readonly keep?: number;
  /** Report what would be pruned without pruning it. @default false */
  readonly dryRun?: boolean;
}

export interface PruneResult {
  readonly keep: number;
  readonly dryRun: boolean;
  /** Artifacts whose content was dropped (or would be, in a dry run). */
  readonly pruned: number;
  /** Bytes of stored (compressed) content freed. */
  readonly storedBytes: number;
  /** Bytes of `cdk.tf.json` those artifacts held, uncompressed. */
  readonly contentBytes: number;
  /** Their hashes, sorted. */
  readonly hashes: readonly string[];
}

/** The ledger's size (`stratum ledger stats`). */
export interface LedgerStats {
  readonly runs: number;
  readonly unfinishedRuns: number;
  readonly events: number;
  readonly deployments: number;
  readonly artifacts: {
    /** Artifacts with their content. */
    readonly stored: number;
    /** Artifacts whose content was pruned (the row and hash stay). */
    readonly pruned: number;
    /** Bytes of stored (compressed) content. */
    readonly storedBytes: number;
    /** Bytes of `cdk.tf.json` they hold, uncompressed. */
    readonly contentBytes: number;
  };
}
