import { LedgerError } from './errors';
import { isRunId, newRunId } from './ids';
import { type EventRow, invalid, pageSize, type RunRow, type StoreContext, toEvent, toRun } from './rows';
import {
  type ListRunsQuery,
  type NewRun,
  type NewStackEvent,
  RUN_KINDS,
  RUN_STATUSES,
  type RunDetail,
  type RunKind,
  type RunOutcome,
  type RunPage,
  type RunRecord,
  type RunStatus,
  STACK_STATUSES,
  type StackEvent,
  type StackHistoryEntry,
} from './types';

function notFound(ctx: StoreContext, runId: string): LedgerError {
  return new LedgerError(
    `The ledger ${ctx.target.description} holds no run ${runId}; list the runs with \`stratum runs\`.`,
    'not_found',
    ctx.target.description,
  );
}

function oneOf<T extends string>(ctx: StoreContext, what: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw invalid(ctx, `Unknown ${what} ${JSON.stringify(value)}; use one of ${allowed.join(', ')}.`);
  }
  return value as T;
}

export async function createRun(ctx: StoreContext, input: NewRun): Promise<RunRecord> {
  const startedAt = input.startedAt?.getTime() ?? ctx.now();
  const id = input.id ?? newRunId(new Date(startedAt));
  if (!isRunId(id))
    throw invalid(ctx, `Run id ${JSON.stringify(id)} is not a run id; take one from newRunId().`);
  const row: RunRow = {
    id,
    kind: oneOf(ctx, 'run kind', input.kind ?? 'deploy', RUN_KINDS),
    env: input.env,
    git_sha: input.gitSha,
    base_ref: input.baseRef ?? null,
    actor: input.actor,
    trigger: input.trigger,
    host: input.host ?? ctx.host,
    pid: input.pid ?? ctx.pid,
    started_at: startedAt,
    finished_at: null,
    status: 'running',
    error: null,
    event_count: 0,
    break_glass_reason: input.breakGlassReason ?? null,
    tree_digest: input.treeDigest ?? null,
  };
  await ctx.knex('runs').insert(row);
  return toRun(row);
}

export async function finishRun(ctx: StoreContext, runId: string, outcome: RunOutcome): Promise<RunRecord> {
  const finals = RUN_STATUSES.filter((s) => s !== 'running');
  const status = oneOf(ctx, 'final run status', outcome.status, finals);
  const current = await ctx.knex<RunRow>('runs').where({ id: runId }).first('status', 'error');
  if (!current) throw notFound(ctx, runId);
  const update =
    current.status === 'interrupted' && status !== 'interrupted'
      ? // Another run took this one's lease over and recorded it interrupted: that stays the record, and what
        // this run did afterwards is added to it, never written over it.
        { error: lateFinish(current.error, status, outcome.error) }
      : { status, error: outcome.error ?? null, finished_at: outcome.finishedAt?.getTime() ?? ctx.now() };
  await ctx.knex('runs').where({ id: runId }).update(update);
  const row = await ctx.knex<RunRow>('runs').where({ id: runId }).first();
  if (!row) throw notFound(ctx, runId);
  return toRun(row);
}

/** The error of an interrupted run that went on after its takeover and then ended on its own. */
function lateFinish(recorded: string | null, status: string, error: string | null | undefined): string {
  const late = `after the takeover the run went on and ended ${status}${error ? `: ${error}` : ''}`;
  return recorded ? `${recorded}; ${late}` : late;
}

/**
 * Appends one stack event. The run's `event_count` is bumped first, in the same transaction, which both hands out
 * the next `seq` and makes the transaction a writer from its first statement (so SQLite waits on its busy timeout
 * instead of failing a read-to-write upgrade).
 */
export async function recordStackEvent(
  ctx: StoreContext,
  runId: string,
  input: NewStackEvent,
): Promise<StackEvent> {
  const status = oneOf(ctx, 'stack status', input.status, STACK_STATUSES);
  return ctx.knex.transaction(async (trx) => {
    const bumped = await trx('runs').where({ id: runId }).increment('event_count', 1);
    if (bumped === 0) throw notFound(ctx, runId);
    const run = await trx<RunRow>('runs').where({ id: runId }).first('event_count', 'env');
    if (!run) throw notFound(ctx, runId);
    const row: EventRow = {
      run_id: runId,
      seq: run.event_count,
      env: run.env,
      project: input.project,
      stack: input.stack,
      layer: input.layer,
      region: input.region ?? null,
      status,
      at: input.at?.getTime() ?? ctx.now(),
      terraform_exit_code: input.terraformExitCode ?? null,
      plan_adds: input.plan?.adds ?? null,
      plan_changes: input.plan?.changes ?? null,
      plan_destroys: input.plan?.destroys ?? null,
      artifact_hash: input.artifactHash ?? null,
      error: input.error ?? null,
      reason: input.reason ?? null,
    };
    await trx('stack_events').insert(row);
    return toEvent(row);
  });
}

export async function getRun(ctx: StoreContext, runId: string): Promise<RunDetail | undefined> {
  const row = await ctx.knex<RunRow>('runs').where({ id: runId }).first();
  if (!row) return undefined;
  const events = await ctx.knex<EventRow>('stack_events').where({ run_id: runId }).orderBy('seq', 'asc');
  return { ...toRun(row), events: events.map(toEvent) };
}

/** Newest first, keyset-paginated on the (time-ordered) run id, so a page costs the same however deep it is. */
export async function listRuns(ctx: StoreContext, query: ListRunsQuery = {}): Promise<RunPage> {
  const limit = pageSize(ctx, 'listRuns limit', query.limit, 50, 500);
  const q = ctx
    .knex<RunRow>('runs')
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (query.env !== undefined) q.where('env', query.env);
  if (query.status !== undefined) q.where('status', oneOf(ctx, 'run status', query.status, RUN_STATUSES));
  if (query.kind !== undefined) q.where('kind', oneOf(ctx, 'run kind', query.kind, RUN_KINDS));
  if (query.cursor !== undefined) {
    if (!isRunId(query.cursor)) {
      throw invalid(
        ctx,
        `Cursor ${JSON.stringify(query.cursor)} is not a run id; pass the nextCursor of the previous page.`,
      );
    }
    q.where('id', '<', query.cursor);
  }
  const rows = await q;
  const page = rows.slice(0, limit).map(toRun);
  return { runs: page, nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null };
}

/** Every stack event of one project in one environment, newest first, with the run's sha and actor. */
export async function stackHistory(
  ctx: StoreContext,
  project: string,
  env: string,
  limit?: number,
): Promise<StackHistoryEntry[]> {
  const size = pageSize(ctx, 'stackHistory limit', limit, 200, 5000);
  const rows = await ctx
    .knex<EventRow & { git_sha: string; actor: string; run_status: string }>('stack_events as e')
    .join('runs as r', 'r.id', 'e.run_id')
    .where({ 'e.project': project, 'e.env': env })
    .orderBy([
      { column: 'e.at', order: 'desc' },
      { column: 'e.run_id', order: 'desc' },
      { column: 'e.seq', order: 'desc' },
    ])
    .limit(size)
    .select('e.*', 'r.git_sha as git_sha', 'r.actor as actor', 'r.status as run_status');
  return rows.map((row) => ({
    ...toEvent(row),
    gitSha: row.git_sha,
    actor: row.actor,
    runStatus: row.run_status as RunStatus,
  }));
}

export async function lastSuccessfulRun(
  ctx: StoreContext,
  env: string,
  kind: RunKind = 'deploy',
): Promise<RunRecord | undefined> {
  const row = await ctx
    .knex<RunRow>('runs')
    .where({ env, kind: oneOf(ctx, 'run kind', kind, RUN_KINDS), status: 'succeeded' })
    .orderBy('id', 'desc')
    .first();
  return row ? toRun(row) : undefined;
}
