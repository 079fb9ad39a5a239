import type { Knex } from 'knex';
import { LedgerError } from './errors';
import type { LedgerTarget } from './faults';
import type {
  Approval,
  Deployment,
  DriftFinding,
  LockHolder,
  Promotion,
  RunKind,
  RunRecord,
  RunStatus,
  StackEvent,
  StackStatus,
} from './types';

/** What every store function needs: the connection, the clock and who "we" are. */
export interface StoreContext {
  readonly knex: Knex;
  readonly target: LedgerTarget;
  /** Milliseconds since the epoch, from the ledger's clock. */
  now(): number;
  readonly host: string;
  readonly pid: number;
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
  acquired_at: DbNumber;
  heartbeat_at: DbNumber;
}

export function toLock(row: LockRow): LockHolder {
  return {
    env: row.env,
    runId: row.run_id,
    host: row.host,
    pid: num(row.pid),
    acquiredAt: iso(row.acquired_at),
    heartbeatAt: iso(row.heartbeat_at),
  };
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
  };
}
