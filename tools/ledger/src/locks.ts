import type { Knex } from 'knex';
import { LedgerError } from './errors';
import { type LockRow, type RunRow, type StoreContext, toLock, toRun } from './rows';
import { defaultRunnerId, parseDefaultRunnerId } from './runner-id';
import type { IsAlive, LeaseState, LockHolder, LockRequest, LockResult, RunRecord } from './types';
import { environmentFile } from '@stratum/config';

/** How often `acquireLock` retries when the holder released between our insert and our read. */
const ACQUIRE_ATTEMPTS = 5;

/** The lease TTL when neither the caller nor the ledger's options give one (`locks.ttlSeconds` default). */
export const DEFAULT_LOCK_TTL_MS = 120_000;

export function describeHolder(holder: LockHolder): string {
  const runner = holder.runnerId ? `runner ${holder.runnerId}` : `host ${holder.host}, pid ${holder.pid}`;
  return `run ${holder.runId} (${runner}, since ${holder.acquiredAt}, last heartbeat ${holder.heartbeatAt})`;
}

export async function readLock(knex: Knex, env: string): Promise<LockHolder | undefined> {
  const row = await knex<LockRow>('locks').where({ env }).first();
  return row ? toLock(row) : undefined;
}

export function getLock(ctx: StoreContext, env: string): Promise<LockHolder | undefined> {
  return readLock(ctx.knex, env);
}

/** The lock row a request writes: its runner, its TTL and "now" as both acquisition and first heartbeat. */
export function lockRow(ctx: StoreContext, env: string, request: LockRequest): LockRow {
  const now = ctx.now();
  const host = request.host ?? ctx.host;
  const pid = request.pid ?? ctx.pid;
  const named = request.host !== undefined || request.pid !== undefined;
  const ttl = request.ttlMs ?? ctx.lockTtlMs ?? DEFAULT_LOCK_TTL_MS;
  if (!Number.isInteger(ttl) || ttl < 1000)
    throw new LedgerError(
      `A lock TTL must be a whole number of milliseconds, at least 1000; got ${String(ttl)}. Check locks.ttlSeconds ` +
        `in ${environmentFile(env)} and STRATUM_LOCK_TTL_S.`,
      'invalid',
      ctx.target.description,
    );
  return {
    env,
    run_id: request.runId,
    host,
    pid,
    runner_id: request.runnerId ?? (named ? defaultRunnerId(host, ctx.bootId, pid) : ctx.runnerId),
    acquired_at: now,
    heartbeat_at: now,
    ttl_ms: ttl,
  };
}

/**
 * Takes the environment's deploy lock for a run. The insert either creates the row or does nothing (the env is the
 * primary key), so of two racing callers exactly one wins, in any process, on either database. Taking a lock the
 * same run already holds succeeds again.
 */
export async function acquireLock(ctx: StoreContext, env: string, request: LockRequest): Promise<LockResult> {
  for (let attempt = 0; attempt < ACQUIRE_ATTEMPTS; attempt++) {
    await ctx
      .knex('locks')
      .insert(lockRow(ctx, env, request))
      .onConflict('env')
      .ignore();
    const holder = await getLock(ctx, env);
    if (!holder) continue;
    return holder.runId === request.runId ? { ok: true, lock: holder } : { ok: false, holder };
  }
  throw new LedgerError(
    `The ${env} lock in the ledger ${ctx.target.description} was taken and released ${ACQUIRE_ATTEMPTS} times while ` +
      `run ${request.runId} tried to take it; retry.`,
    'lock_conflict',
    ctx.target.description,
  );
}

function heldByOther(ctx: StoreContext, env: string, runId: string, holder: LockHolder): LedgerError {
  return new LedgerError(
    `The ${env} lock is held by ${describeHolder(holder)}, not by run ${runId}. If that run is dead, its lease ` +
      `expires ${holder.expiresAt} and the next run takes it over; to release it now, run ` +
      `\`stratum unlock --env ${env} --run ${holder.runId}\`.`,
    'lock_conflict',
    ctx.target.description,
  );
}

/**
 * Releases the lock if `runId` holds it. Returns false when nobody held it; throws a `lock_conflict` error naming
 * the actual holder when another run holds it (nothing is ever released for a run that does not own the lock).
 */
export async function releaseLock(ctx: StoreContext, env: string, runId: string): Promise<boolean> {
  const deleted = await ctx.knex('locks').where({ env, run_id: runId }).delete();
  if (deleted > 0) return true;
  const holder = await getLock(ctx, env);
  if (holder) throw heldByOther(ctx, env, runId, holder);
  return false;
}

/** Renews the lease (its heartbeat is now); throws when the run does not hold it any more (taken over, released). */
export async function heartbeatLock(ctx: StoreContext, env: string, runId: string): Promise<LockHolder> {
  const updated = await ctx.knex('locks').where({ env, run_id: runId }).update({ heartbeat_at: ctx.now() });
  const holder = await getLock(ctx, env);
  if (updated > 0 && holder?.runId === runId) return holder;
  if (holder) throw heldByOther(ctx, env, runId, holder);
  throw new LedgerError(
    `Run ${runId} no longer holds the ${env} lock (nobody does): someone released it. Stop this run and check the ` +
      `environment with \`stratum runs --env ${env}\`.`,
    'lock_conflict',
    ctx.target.description,
  );
}

/**
 * Whether a lease still binds: `expired` once its last heartbeat is older than its TTL (the same answer on every
 * host, up to clock skew), `dead` when its runner is a process of this very machine (same host and boot id) that is
 * gone, else `live`. A runner id of another shape (`STRATUM_RUNNER_ID`) is judged by its heartbeats alone.
 */
export function leaseState(ctx: StoreContext, holder: LockHolder, isAlive: IsAlive): LeaseState {
  if (ctx.now() > Date.parse(holder.expiresAt)) return 'expired';
  const runner = holder.runnerId
    ? parseDefaultRunnerId(holder.runnerId)
    : { host: holder.host, bootId: ctx.bootId, pid: holder.pid };
  if (runner && runner.host === ctx.host && runner.bootId === ctx.bootId && !isAlive(runner.pid))
    return 'dead';
  return 'live';
}

/** A lock is stale (may be taken over) when its lease expired or its process is known dead. */
export function lockIsStale(ctx: StoreContext, holder: LockHolder, isAlive: IsAlive): boolean {
  return leaseState(ctx, holder, isAlive) !== 'live';
}

/** Why a stale lease's run counts as interrupted, in words for `runs.error`. */
export function interruptedReason(holder: LockHolder, state: LeaseState): string {
  return state === 'dead'
    ? `interrupted: process ${holder.pid} on ${holder.host} ended while the run was in progress`
    : `interrupted: its lease expired: no heartbeat since ${holder.heartbeatAt} (TTL ${holder.ttlMs / 1000} s, ` +
        `runner ${holder.runnerId ?? `${holder.host} pid ${holder.pid}`})`;
}

/** Sets a run that is still `running` to `interrupted`; returns it, or undefined when it had finished meanwhile. */
export async function markInterrupted(
  ctx: StoreContext,
  run: RunRow,
  reason: string,
): Promise<RunRecord | undefined> {
  const finishedAt = ctx.now();
  const changed = await ctx
    .knex('runs')
    .where({ id: run.id, status: 'running' })
    .update({ status: 'interrupted', error: reason, finished_at: finishedAt });
  return changed > 0
    ? toRun({ ...run, status: 'interrupted', error: reason, finished_at: finishedAt })
    : undefined;
}

/**
 * Marks as `interrupted` the runs of `env` still `running` whose lease is stale (expired, or its process gone on
 * this machine), or that hold no lock at all (runs take the lock before they are created and finish before they
 * release it). Runs are read before the lock, and each update only touches a run still `running`, so a run starting
 * or finishing meanwhile is never marked. Locks are left alone: the next run takes a stale one over.
 */
export async function findInterruptedRuns(
  ctx: StoreContext,
  env: string,
  isAlive: IsAlive,
): Promise<RunRecord[]> {
  const running = await ctx.knex<RunRow>('runs').where({ env, status: 'running' }).orderBy('id', 'asc');
  if (running.length === 0) return [];
  const lock = await getLock(ctx, env);
  const marked: RunRecord[] = [];
  for (const run of running) {
    let reason: string;
    if (lock?.runId === run.id) {
      const state = leaseState(ctx, lock, isAlive);
      if (state === 'live') continue;
      reason = interruptedReason(lock, state);
    } else {
      reason = 'interrupted: the run was still marked running but held no lock';
    }
    const done = await markInterrupted(ctx, run, reason);
    if (done) marked.push(done);
  }
  return marked;
}
