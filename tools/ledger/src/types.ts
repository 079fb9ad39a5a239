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

/**
 * Every status a stack can pass through within a run. `destroyed` ends a stack the run tore down (a deleted
 * project, or `stratum destroy`); a destroy is never rolled back.
 */
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

/** What a run does: a deploy (also a promotion), a rollback of an earlier run, a drift check, or a compliance check. */
export const RUN_KINDS = ['deploy', 'rollback', 'drift', 'compliance', 'import'] as const;
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
  /** Why a deploy skipped promotion and approvals (`deploy --break-glass --reason`); null for every other run. */
  readonly breakGlassReason: string | null;
  /** sha256 of the uncommitted changes to synth inputs a local deploy ran with (its gitSha ends in `+dirty`). */
  readonly treeDigest: string | null;
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
  /** A break-glass deploy's reason. @default null */
  readonly breakGlassReason?: string | null;
  /** sha256 of the uncommitted changes deployed (with a `+dirty` gitSha). @default null */
  readonly treeDigest?: string | null;
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
  /** Why the stack is planned or skipped, e.g. `network.vpcCidr changed`. @default null */
  readonly reason?: string | null;
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
  readonly reason: string | null;
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
  /** What the deployed stack published and read, recorded in the same transaction. @default not recorded */
  readonly edges?: OutputEdges;
}

/** One upstream output a deployment read. */
export interface ConsumedOutput {
  /** The upstream stack, e.g. `network-us-east-1`. */
  readonly upstreamStack: string;
  /** The Terraform output name, e.g. `vpc_cidr`. */
  readonly name: string;
  /** The digest the upstream had published when the stack was deployed; null when it had not published it. */
  readonly digest: string | null;
}

/** Outputs as edges: what a deployment published and what it read. Digests are sha256 hex of canonical JSON. */
export interface OutputEdges {
  /** Terraform output name → digest of its value. */
  readonly outputs: Readonly<Record<string, string>>;
  readonly inputs: readonly ConsumedOutput[];
}

/** A stack's latest deployment with its edges; `edges` is null for a deployment made before they were recorded. */
export interface DeploymentEdges {
  readonly deployment: Deployment;
  readonly edges: OutputEdges | null;
}

/** Who holds an environment's deploy lock: a lease its runner keeps alive by heartbeats. */
export interface LockHolder {
  readonly env: string;
  readonly runId: string;
  readonly host: string;
  readonly pid: number;
  /** The runner that holds it (`STRATUM_RUNNER_ID`, default `<host>/<boot id>/<pid>`); null on pre-lease rows. */
  readonly runnerId: string | null;
  readonly acquiredAt: string;
  readonly heartbeatAt: string;
  /** How long after its last heartbeat the lease expires, in milliseconds. */
  readonly ttlMs: number;
  /** `heartbeatAt + ttlMs`: from then on, any runner may take the lock over. */
  readonly expiresAt: string;
}

export interface LockRequest {
  readonly runId: string;
  /** @default the ledger's host */
  readonly host?: string;
  /** @default the ledger's pid */
  readonly pid?: number;
  /** @default the ledger's runner id (or `<host>/<boot id>/<pid>` when host or pid is given) */
  readonly runnerId?: string;
  /** The lease TTL. @default the ledger's `lockTtlMs`, else 120 s */
  readonly ttlMs?: number;
}

export type LockResult =
  { readonly ok: true; readonly lock: LockHolder } | { readonly ok: false; readonly holder: LockHolder };

/** Tells whether a process on this host is alive. */
export type IsAlive = (pid: number) => boolean;

/**
 * - `live`: heartbeats are recent (or the holder cannot be checked from here);
 * - `expired`: no heartbeat for longer than its TTL, seen from any host;
 * - `dead`: the holder ran on this machine (same host and boot) and its process is gone.
 */
export type LeaseState = 'live' | 'expired' | 'dead';

/** One takeover of an expired (or dead) lease, as the ledger records it. */
export interface LockTakeover {
  readonly id: number;
  readonly env: string;
  readonly fromRunId: string;
  readonly fromRunner: string | null;
  readonly fromHeartbeatAt: string;
  readonly fromTtlMs: number;
  readonly toRunId: string;
  readonly toRunner: string;
  /** Why the old lease could be taken: `expired` or `dead`, with the details. */
  readonly reason: string;
  readonly at: string;
}

export interface TakeoverRequest extends LockRequest {
  /** The lease to take over, exactly as read (a heartbeat since then makes the takeover fail). */
  readonly from: LockHolder;
}

export type TakeoverResult =
  | {
      readonly ok: true;
      readonly lock: LockHolder;
      readonly takeover: LockTakeover;
      /** The old run, now `interrupted` (undefined when it was not `running` any more). */
      readonly interrupted?: RunRecord;
    }
  | { readonly ok: false; readonly holder: LockHolder | undefined; readonly why: string };

/** Where Terraform keeps a state lock: the S3 lockfile (`<key>.tflock`) or a DynamoDB item. */
export type TerraformLockBackend = 's3' | 'dynamodb';

export interface NewTerraformLock {
  readonly runId: string;
  readonly env: string;
  readonly stack: string;
  readonly backend: TerraformLockBackend;
  /** The lock's location: `<bucket>/<key>.tflock` or `<table>/<bucket>/<key>`. */
  readonly path: string;
  /** Terraform's lock ID (what `terraform force-unlock` takes). */
  readonly lockId: string;
  /** The stack's `terraform.backend` block, so that another runner can force-unlock without the stack's files. */
  readonly backendConfig: Record<string, unknown>;
  /** Terraform's `Who` field (`user@host`). @default null */
  readonly who?: string | null;
  /** Terraform's `Operation` field. @default null */
  readonly operation?: string | null;
}

/** A Terraform state lock a run took, and what became of it. */
export interface TerraformLock {
  readonly id: number;
  readonly runId: string;
  readonly env: string;
  readonly stack: string;
  readonly backend: TerraformLockBackend;
  readonly path: string;
  readonly lockId: string;
  readonly backendConfig: Record<string, unknown>;
  readonly who: string | null;
  readonly operation: string | null;
  readonly acquiredAt: string;
  /** Set when terraform exited and released it itself. */
  readonly releasedAt: string | null;
  /** Set when a takeover (or unlock) cleared it, or found it gone. */
  readonly clearedAt: string | null;
  readonly clearedByRun: string | null;
  readonly clearNote: string | null;
}

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

/**
 * An SSH signature (`ssh-keygen -Y sign`, namespace `stratum-approval`) by `approver` over (env, sha, run,
 * signedAt). Stored as given: whoever reads it verifies it against services/org.yaml before it counts.
 */
export interface NewApproval {
  readonly env: string;
  readonly gitSha: string;
  /** The break-glass run approved after the fact. @default null (an approval to promote `gitSha` into `env`) */
  readonly runId?: string | null;
  /** The org user whose key made the signature. */
  readonly approver: string;
  /** The armored SSH signature (`-----BEGIN SSH SIGNATURE-----`). */
  readonly signature: string;
  /** The time inside the signed text. */
  readonly signedAt: Date;
  /** @default the ledger's clock */
  readonly recordedAt?: Date;
  /** `portal`: signed by the portal's attesting key for `approver` (the signed-in user). @default null (the approver's own key) */
  readonly via?: ApprovalVia | null;
}

/** Who made an approval's signature on the approver's behalf: the portal backend; null = the approver's own key. */
export type ApprovalVia = 'portal';

export interface Approval {
  readonly id: number;
  readonly env: string;
  readonly gitSha: string;
  readonly runId: string | null;
  readonly approver: string;
  readonly signature: string;
  readonly signedAt: string;
  readonly recordedAt: string;
  readonly via: ApprovalVia | null;
}

export interface ApprovalQuery {
  readonly env?: string;
  readonly gitSha?: string;
  /** Approvals of this break-glass run; `null` for promotion approvals only. @default both */
  readonly runId?: string | null;
  /** 1 to 500. @default 100 */
  readonly limit?: number;
}

export interface BreakGlassQuery {
  readonly env?: string;
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
