import type { Knex } from 'knex';
import { LedgerError } from './errors';
import type { LedgerTarget } from './faults';
import type {
  Approval,
  Deployment,
  DriftFinding,
  LockHolder,
  LockTakeover,
  Promotion,
  RunKind,
  RunRecord,
  RunStatus,
  StackEvent,
  StackStatus,
  TerraformLock,
  TerraformLockBackend,
} from './types';

/** What every store function needs: the connection, the clock and who "we" are. */
export interface StoreContext {
  readonly knex: Knex;
  readonly target: LedgerTarget;
  /** Milliseconds since the epoch, from the ledger's clock. */
  now(): number;
  readonly host: string;
  readonly pid: number;
  /** This process's runner identity (`STRATUM_RUNNER_ID`, default `<host>/<boot id>/<pid>`). */
  readonly runnerId: string;
  /** This machine's boot id, to tell whether a `<host>/<boot id>/<pid>` runner can be checked here. */
  readonly bootId: string;
  /** The lease TTL this process asks for, when it overrides the caller's (STRATUM_LOCK_TTL_S). */
  readonly lockTtlMs: number | undefined;
}

/** PostgreSQL returns bigint columns and counts as strings; SQLite returns numbers. */
export type DbNumber = number | string | bigint;

export function num(value: DbNumber): number {
  return typeof value === 'number' ? value : Number(value);
}

export function iso(value: DbNumber): string {
  return new Date(num(value)).toISOString();
}

export function isoOrNull(value: DbNumber | null): string | null {
  return value === null ? null : iso(value);
}

export function invalid(ctx: StoreContext, message: string): LedgerError {
  return new LedgerError(message, 'invalid', ctx.target.description);
}

/** A page size inside `1..max`, or an error naming the option. */
export function pageSize(
  ctx: StoreContext,
  name: string,
  value: number | undefined,
  fallback: number,
  max: number,
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw invalid(ctx, `${name} must be a whole number from 1 to ${max}, got ${String(value)}.`);
  }
  return size;
}

export interface RunRow {
  id: string;
  kind: string;
  env: string;
  git_sha: string;
  base_ref: string | null;
  actor: string;
  trigger: string;
  host: string;
  pid: DbNumber;
  started_at: DbNumber;
  finished_at: DbNumber | null;
  status: string;
  error: string | null;
  event_count: DbNumber;
  /** Migration 005 (null on older runs). */
  break_glass_reason?: string | null;
  tree_digest?: string | null;
}

export function toRun(row: RunRow): RunRecord {
  return {
    id: row.id,
    kind: row.kind as RunKind,
    env: row.env,
    gitSha: row.git_sha,
    baseRef: row.base_ref,
    actor: row.actor,
    trigger: row.trigger,
    host: row.host,
    pid: num(row.pid),
    startedAt: iso(row.started_at),
    finishedAt: isoOrNull(row.finished_at),
    status: row.status as RunStatus,
    error: row.error,
    eventCount: num(row.event_count),
    breakGlassReason: row.break_glass_reason ?? null,
    treeDigest: row.tree_digest ?? null,
  };
}

export interface EventRow {
  run_id: string;
  seq: DbNumber;
  env: string;
  project: string;
  stack: string;
  layer: string;
  region: string | null;
  status: string;
  at: DbNumber;
  terraform_exit_code: DbNumber | null;
  plan_adds: DbNumber | null;
  plan_changes: DbNumber | null;
  plan_destroys: DbNumber | null;
  artifact_hash: string | null;
  error: string | null;
  reason?: string | null;
}

export function toEvent(row: EventRow): StackEvent {
  const hasPlan = row.plan_adds !== null || row.plan_changes !== null || row.plan_destroys !== null;
  return {
    runId: row.run_id,
    seq: num(row.seq),
    env: row.env,
    project: row.project,
    stack: row.stack,
    layer: row.layer,
    region: row.region,
    status: row.status as StackStatus,
    at: iso(row.at),
    terraformExitCode: row.terraform_exit_code === null ? null : num(row.terraform_exit_code),
    plan: hasPlan
      ? {
          adds: num(row.plan_adds ?? 0),
          changes: num(row.plan_changes ?? 0),
          destroys: num(row.plan_destroys ?? 0),
        }
      : null,
    artifactHash: row.artifact_hash,
    error: row.error,
    reason: row.reason ?? null,
  };
}

export interface DeploymentRow {
  id: DbNumber;
  env: string;
  project: string;
  stack: string;
  run_id: string;
  artifact_hash: string | null;
  deployed_at: DbNumber;
  /** Whether its output edges were recorded (SQLite returns 0/1, PostgreSQL a boolean). */
  outputs_recorded?: boolean | DbNumber;
}

export function toDeployment(row: DeploymentRow): Deployment {
  return {
    id: num(row.id),
    env: row.env,
    project: row.project,
    stack: row.stack,
    runId: row.run_id,
    artifactHash: row.artifact_hash,
    deployedAt: iso(row.deployed_at),
  };
}

export interface LockRow {
  env: string;
  run_id: string;
  host: string;
  pid: DbNumber;
  runner_id: string | null;
  acquired_at: DbNumber;
  heartbeat_at: DbNumber;
  ttl_ms: DbNumber;
}

export function toLock(row: LockRow): LockHolder {
  return {
    env: row.env,
    runId: row.run_id,
    host: row.host,
    pid: num(row.pid),
    runnerId: row.runner_id,
    acquiredAt: iso(row.acquired_at),
    heartbeatAt: iso(row.heartbeat_at),
    ttlMs: num(row.ttl_ms),
    expiresAt: iso(num(row.heartbeat_at) + num(row.ttl_ms)),
  };
}

export interface TakeoverRow {
  id: DbNumber;
  env: string;
  from_run_id: string;
  from_runner: string | null;
  from_heartbeat_at: DbNumber;
  from_ttl_ms: DbNumber;
  to_run_id: string;
  to_runner: string;
  reason: string;
  at: DbNumber;
}

export function toTakeover(row: TakeoverRow): LockTakeover {
  return {
    id: num(row.id),
    env: row.env,
    fromRunId: row.from_run_id,
    fromRunner: row.from_runner,
    fromHeartbeatAt: iso(row.from_heartbeat_at),
    fromTtlMs: num(row.from_ttl_ms),
    toRunId: row.to_run_id,
    toRunner: row.to_runner,
    reason: row.reason,
    at: iso(row.at),
  };
}

export interface TerraformLockRow {
  id: DbNumber;
  run_id: string;
  env: string;
  stack: string;
  backend: string;
  path: string;
  lock_id: string;
  backend_config: string;
  who: string | null;
  operation: string | null;
  acquired_at: DbNumber;
  released_at: DbNumber | null;
  cleared_at: DbNumber | null;
  cleared_by_run: string | null;
  clear_note: string | null;
}

export function toTerraformLock(row: TerraformLockRow): TerraformLock {
  return {
    id: num(row.id),
    runId: row.run_id,
    env: row.env,
    stack: row.stack,
    backend: row.backend as TerraformLockBackend,
    path: row.path,
    lockId: row.lock_id,
    backendConfig: JSON.parse(row.backend_config) as Record<string, unknown>,
    who: row.who,
    operation: row.operation,
    acquiredAt: iso(row.acquired_at),
    releasedAt: isoOrNull(row.released_at),
    clearedAt: isoOrNull(row.cleared_at),
    clearedByRun: row.cleared_by_run,
    clearNote: row.clear_note,
  };
}

/** The id of a row just inserted (PostgreSQL returns `{ id }`, SQLite the number). */
export function insertedId(inserted: unknown): number {
  const id =
    typeof inserted === 'object' && inserted !== null ? (inserted as { id: number | string }).id : inserted;
  return num((id ?? 0) as DbNumber);
}

export interface DriftRow {
  id: DbNumber;
  run_id: string;
  env: string;
  project: string | null;
  stack: string;
  resource_address: string;
  attribute: string;
  expected: string | null;
  actual: string | null;
  found_at: DbNumber;
}

export function toDrift(row: DriftRow): DriftFinding {
  return {
    id: num(row.id),
    runId: row.run_id,
    env: row.env,
    project: row.project,
    stack: row.stack,
    resourceAddress: row.resource_address,
    attribute: row.attribute,
    expected: row.expected,
    actual: row.actual,
    foundAt: iso(row.found_at),
  };
}

export interface PromotionRow {
  id: DbNumber;
  from_env: string;
  to_env: string;
  git_sha: string;
  run_id: string;
  approved_by: string | null;
  at: DbNumber;
}

export function toPromotion(row: PromotionRow): Promotion {
  return {
    id: num(row.id),
    fromEnv: row.from_env,
    toEnv: row.to_env,
    gitSha: row.git_sha,
    runId: row.run_id,
    approvedBy: row.approved_by,
    at: iso(row.at),
  };
}

export interface ApprovalRow {
  id: DbNumber;
  env: string;
  git_sha: string;
  run_id: string | null;
  approver: string;
  signature: string;
  signed_at: DbNumber;
  recorded_at: DbNumber;
  via: string | null;
}

export function toApproval(row: ApprovalRow): Approval {
  return {
    id: num(row.id),
    env: row.env,
    gitSha: row.git_sha,
    runId: row.run_id,
    approver: row.approver,
    signature: row.signature,
    signedAt: iso(row.signed_at),
    recordedAt: iso(row.recorded_at),
    via: row.via === 'portal' ? 'portal' : null,
  };
}
