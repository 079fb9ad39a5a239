import { LedgerError } from './errors';
import { num, type DbNumber, type StoreContext } from './rows';

export type JobKind = 'apply' | 'rollback';
export type JobStatus = 'queued' | 'claimed' | 'done';

/** A job to enqueue: one stack unit of a run, applied or rolled back by whichever worker claims it. */
export interface NewJob {
  readonly runId: string;
  readonly env: string;
  /** The scheduler unit id (`project@region`). */
  readonly unit: string;
  readonly kind: JobKind;
  /** Higher is claimed first (longest remaining path); ties go to the job enqueued first. @default 0 */
  readonly priority?: number;
  /** Claims allowed before an expired lease fails the job. @default 2 */
  readonly maxAttempts?: number;
  /** What the worker needs (JSON-serialisable). */
  readonly payload: unknown;
}

export interface Job {
  readonly id: number;
  readonly runId: string;
  readonly env: string;
  readonly unit: string;
  readonly kind: JobKind;
  readonly priority: number;
  readonly status: JobStatus;
  readonly attempts: number;
  readonly maxAttempts: number;
  /** The worker holding (or that last held) the job. */
  readonly worker: string | null;
  readonly leaseExpiresAt: number | null;
  readonly payload: unknown;
  /** What the worker reported (or the queue's verdict on an expired lease), once `done`. */
  readonly result: unknown;
}

interface JobRow {
  id: DbNumber;
  run_id: string;
  env: string;
  unit: string;
  kind: JobKind;
  priority: DbNumber;
  status: JobStatus;
  attempts: DbNumber;
  max_attempts: DbNumber;
  worker: string | null;
  lease_expires_at: DbNumber | null;
  payload: string;
  result: string | null;
}

/** What an expired lease with no attempts left reports as the job's result. */
export interface LeaseExpiredResult {
  readonly leaseExpired: true;
  readonly worker: string | null;
  readonly attempts: number;
}

/** Refuses the queue on SQLite: workers on other machines cannot share a file. */
export function requireQueue(ctx: StoreContext): void {
  if (ctx.target.dialect === 'postgres') return;
  throw new LedgerError(
    `\`--executor workers\` needs a PostgreSQL ledger, and ${ctx.target.description} is SQLite (one machine's file). ` +
      'Set STRATUM_LEDGER=postgres://<user>:<password>@<host>:5432/<database> for the coordinator and every ' +
      '`stratum worker`, or deploy without `--executor workers`.',
    'invalid',
    ctx.target.description,
  );
}

export async function enqueueJob(ctx: StoreContext, job: NewJob): Promise<Job> {
  requireQueue(ctx);
  const [row] = await ctx
    .knex<JobRow>('work_jobs')
    .insert({
      run_id: job.runId,
      env: job.env,
      unit: job.unit,
      kind: job.kind,
      priority: job.priority ?? 0,
      status: 'queued',
      attempts: 0,
      max_attempts: Math.max(1, job.maxAttempts ?? 2),
      payload: JSON.stringify(job.payload),
      created_at: ctx.now(),
    } as never)
    .returning('*');
  return toJob(row as JobRow);
}

export interface ClaimRequest {
  readonly env: string;
  readonly worker: string;
  readonly leaseMs: number;
}

/**
 * Claims the ready job of `env` with the highest priority (then the oldest): a queued one, or one whose lease
 * expired with attempts left. Rows another worker is claiming are skipped, never waited for.
 */
export async function claimJob(ctx: StoreContext, request: ClaimRequest): Promise<Job | undefined> {
  requireQueue(ctx);
  const now = ctx.now();
  return ctx.knex.transaction(async (trx) => {
    const row = (await trx<JobRow>('work_jobs')
      .where({ env: request.env })
      .andWhere((q) =>
        q
          .where({ status: 'queued' })
          .orWhere((e) =>
            e
              .where({ status: 'claimed' })
              .andWhere('lease_expires_at', '<', now)
              .andWhereRaw('attempts < max_attempts'),
          ),
      )
      .orderBy([
        { column: 'priority', order: 'desc' },
        { column: 'id', order: 'asc' },
      ])
      .first()
      .forUpdate()
      .skipLocked()) as JobRow | undefined;
    if (!row) return undefined;
    const [claimed] = await trx<JobRow>('work_jobs')
      .where({ id: row.id })
      .update({
        status: 'claimed',
        worker: request.worker,
        attempts: num(row.attempts) + 1,
        lease_expires_at: now + request.leaseMs,
        claimed_at: now,
      } as never)
      .returning('*');
    return toJob(claimed as JobRow);
  });
}

/** Renews a claim; false when the job is no longer this worker's (its lease expired and another claimed it). */
export async function heartbeatJob(
  ctx: StoreContext,
  id: number,
  worker: string,
  leaseMs: number,
): Promise<boolean> {
  const count = await ctx
    .knex('work_jobs')
    .where({ id, worker, status: 'claimed' })
    .update({ lease_expires_at: ctx.now() + leaseMs });
  return count > 0;
}

/** Records a worker's result; false (nothing written) when the job is no longer this worker's claim. */
export async function completeJob(
  ctx: StoreContext,
  id: number,
  worker: string,
  result: unknown,
): Promise<boolean> {
  const count = await ctx
    .knex('work_jobs')
    .where({ id, worker, status: 'claimed' })
    .update({ status: 'done', result: JSON.stringify(result), finished_at: ctx.now() });
  return count > 0;
}

export async function getJob(ctx: StoreContext, id: number): Promise<Job | undefined> {
  const row = await ctx.knex<JobRow>('work_jobs').where({ id }).first();
  return row ? toJob(row as JobRow) : undefined;
}

export async function jobsOfRun(ctx: StoreContext, runId: string): Promise<Job[]> {
  const rows = await ctx.knex<JobRow>('work_jobs').where({ run_id: runId }).orderBy('id', 'asc');
  return (rows as JobRow[]).map(toJob);
}

/** Ends the run's claims whose lease expired with no attempts left: `done`, with a `LeaseExpiredResult`. */
export async function expireJobs(ctx: StoreContext, runId: string): Promise<Job[]> {
  const now = ctx.now();
  const rows = (await ctx
    .knex<JobRow>('work_jobs')
    .where({ run_id: runId, status: 'claimed' })
    .andWhere('lease_expires_at', '<', now)
    .andWhereRaw('attempts >= max_attempts')) as JobRow[];
  const expired: Job[] = [];
  for (const row of rows) {
    const result: LeaseExpiredResult = {
      leaseExpired: true,
      worker: row.worker,
      attempts: num(row.attempts),
    };
    const [done] = await ctx
      .knex<JobRow>('work_jobs')
      .where({ id: row.id, status: 'claimed', attempts: row.attempts })
      .update({ status: 'done', result: JSON.stringify(result), finished_at: now } as never)
      .returning('*');
    if (done) expired.push(toJob(done as JobRow));
  }
  return expired;
}

/** Withdraws the run's jobs still queued (the run ended); returns how many. */
export async function withdrawJobs(ctx: StoreContext, runId: string): Promise<number> {
  return ctx
    .knex('work_jobs')
    .where({ run_id: runId, status: 'queued' })
    .update({ status: 'done', result: JSON.stringify({ withdrawn: true }), finished_at: ctx.now() });
}

/** Whether `env` has a job queued or claimed (workers stay while there is). */
export async function hasOpenJobs(ctx: StoreContext, env: string): Promise<boolean> {
  const row = await ctx.knex('work_jobs').where({ env }).whereIn('status', ['queued', 'claimed']).first('id');
  return row !== undefined;
}

function toJob(row: JobRow): Job {
  return {
    id: num(row.id),
    runId: row.run_id,
    env: row.env,
    unit: row.unit,
    kind: row.kind,
    priority: num(row.priority),
    status: row.status,
    attempts: num(row.attempts),
    maxAttempts: num(row.max_attempts),
    worker: row.worker,
    leaseExpiresAt: row.lease_expires_at === null ? null : num(row.lease_expires_at),
    payload: JSON.parse(row.payload) as unknown,
    result: row.result === null ? null : (JSON.parse(row.result) as unknown),
  };
}
