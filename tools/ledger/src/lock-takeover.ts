import { interruptedReason, leaseState, lockRow, markInterrupted, readLock } from './locks';
import { insertedId, pageSize, type RunRow, type StoreContext, type TakeoverRow, toTakeover } from './rows';
import type { IsAlive, LockTakeover, TakeoverRequest, TakeoverResult } from './types';

/**
 * Takes over a stale lease (expired, or its process gone on this machine). One conditional update moves the lock
 * row to the new run only if it is still exactly the lease the caller read (same run, same last heartbeat), so a
 * holder that heartbeats meanwhile keeps its lock, and of two runners taking over at once one wins. The winner then
 * records the takeover (who took it from whom, and why) and marks the old run, if still `running`, `interrupted`.
 * (No multi-statement transaction: better-sqlite3 waits for a busy database synchronously, so two ledgers in one
 * process would block each other's commit.)
 */
export async function takeOverLock(
  ctx: StoreContext,
  env: string,
  request: TakeoverRequest,
  isAlive: IsAlive,
): Promise<TakeoverResult> {
  const { from } = request;
  const state = leaseState(ctx, from, isAlive);
  if (state === 'live')
    return {
      ok: false,
      holder: from,
      why: `the lease of run ${from.runId} is live until ${from.expiresAt}`,
    };
  const knex = ctx.knex;
  const row = lockRow(ctx, env, request);
  const moved = await knex('locks')
    .where({ env, run_id: from.runId, heartbeat_at: Date.parse(from.heartbeatAt) })
    .update({
      run_id: row.run_id,
      host: row.host,
      pid: row.pid,
      runner_id: row.runner_id,
      acquired_at: row.acquired_at,
      heartbeat_at: row.heartbeat_at,
      ttl_ms: row.ttl_ms,
    });
  if (moved === 0) {
    const holder = await readLock(knex, env);
    return {
      ok: false,
      holder,
      why: holder
        ? holder.runId === from.runId
          ? `run ${from.runId} heartbeated at ${holder.heartbeatAt}: it is alive`
          : `run ${holder.runId} took the lock first`
        : 'the lock was released meanwhile',
    };
  }
  const reason = `${interruptedReason(from, state)}; run ${request.runId} took the lock over`;
  const record: Omit<TakeoverRow, 'id'> = {
    env,
    from_run_id: from.runId,
    from_runner: from.runnerId,
    from_heartbeat_at: Date.parse(from.heartbeatAt),
    from_ttl_ms: from.ttlMs,
    to_run_id: row.run_id,
    to_runner: row.runner_id ?? row.host,
    reason,
    at: row.acquired_at,
  };
  const [inserted] = await knex('lock_takeovers').insert(record, ['id']);
  const takeover = toTakeover({ ...record, id: insertedId(inserted) });
  const old = await knex<RunRow>('runs').where({ id: from.runId }).first();
  const interrupted = old?.status === 'running' ? await markInterrupted(ctx, old, reason) : undefined;
  const lock = await readLock(knex, env);
  return { ok: true, lock: lock!, takeover, ...(interrupted ? { interrupted } : {}) };
}

/** Takeovers of an environment's lock, newest first. */
export async function listLockTakeovers(
  ctx: StoreContext,
  env: string,
  limit?: number,
): Promise<LockTakeover[]> {
  const size = pageSize(ctx, 'listLockTakeovers limit', limit, 50, 500);
  const rows = await ctx.knex<TakeoverRow>('lock_takeovers').where({ env }).orderBy('id', 'desc').limit(size);
  return rows.map(toTakeover);
}
