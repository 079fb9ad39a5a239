import { LedgerError } from './errors';
import { type LockRow, type RunRow, type StoreContext, toLock, toRun } from './rows';
import type { IsAlive, LockHolder, LockRequest, LockResult, RunRecord } from './types';

/** How often `acquireLock` retries when the holder released between our insert and our read. */
const ACQUIRE_ATTEMPTS = 5;

function describeHolder(holder: LockHolder): string {
  return `run ${holder.runId} (host ${holder.host}, pid ${holder.pid}, since ${holder.acquiredAt})`;
}

export async function getLock(ctx: StoreContext, env: string): Promise<LockHolder | undefined> {
  const row = await ctx.knex<LockRow>('locks').where({ env }).first();
  return row ? toLock(row) : undefined;
}

/**
 * Takes the environment's deploy lock for a run. The insert either creates the row or does nothing (the env is the
 * primary key), so of two racing callers exactly one wins, in any process, on either database. Taking a lock the
 * same run already holds succeeds again.
 */
export async function acquireLock(ctx: StoreContext, env: string, request: LockRequest): Promise<LockResult> {
  for (let attempt = 0; attempt < ACQUIRE_ATTEMPTS; attempt++) {
    const now = ctx.now();
    const row: LockRow = {
      env,
      run_id: request.runId,
      host: request.host ?? ctx.host,
      pid: request.pid ?? ctx.pid,
      acquired_at: now,
      heartbeat_at: now,
    };
    await ctx.knex('locks').insert(row).onConflict('env').ignore();
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
    `The ${env} lock is held by ${describeHolder(holder)}, not by run ${runId}. If that run is dead, release it with ` +
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

/** Marks the lock as still in use; throws when the run does not hold it any more. */
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

/** A lock is stale when its holder ran on this host and that process is gone. Locks of other hosts are never stale here. */
export function lockIsStale(ctx: StoreContext, holder: LockHolder, isAlive: IsAlive): boolean {
  return holder.host === ctx.host && !isAlive(holder.pid);
}

/**
 * Marks as `interrupted` the runs of `env` still `running` whose process died: the lock holder's pid is gone on this
 * host, or the run holds no lock at all (runs take the lock before they are created and finish before they release
 * it). Runs are read before the lock, and each update only touches a run still `running`, so a run starting or
 * finishing meanwhile is never marked. Locks are left alone: a stale lock is released only by `releaseLock`.
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
      if (!lockIsStale(ctx, lock, isAlive)) continue;
      reason = `interrupted: process ${lock.pid} on ${lock.host} ended while the run was in progress`;
    } else {
      reason = 'interrupted: the run was still marked running but held no lock';
    }
    const finishedAt = ctx.now();
    const changed = await ctx
      .knex('runs')
      .where({ id: run.id, status: 'running' })
      .update({ status: 'interrupted', error: reason, finished_at: finishedAt });
    if (changed > 0)
      marked.push(toRun({ ...run, status: 'interrupted', error: reason, finished_at: finishedAt }));
  }
  return marked;
}
