import type { StoreContext } from './rows';
import * as q from './work-queue';

type Call = <T>(operation: string, work: (ctx: StoreContext) => Promise<T>) => Promise<T>;

/**
 * The ledger's work queue for `--executor workers` (`ledger.queue`): PostgreSQL only, every method refuses a
 * SQLite ledger with what to set instead. See work-queue.ts for the claim and lease rules.
 */
export class WorkQueue {
  constructor(private readonly call: Call) {}

  /** Throws unless the ledger is PostgreSQL (the message says how to point STRATUM_LEDGER at one). */
  require(): Promise<void> {
    return this.call('use the work queue', async (ctx) => q.requireQueue(ctx));
  }

  enqueue(job: q.NewJob): Promise<q.Job> {
    return this.call(`enqueue ${job.kind} of ${job.unit}`, (ctx) => q.enqueueJob(ctx, job));
  }

  claim(request: q.ClaimRequest): Promise<q.Job | undefined> {
    return this.call(`claim a job in ${request.env}`, (ctx) => q.claimJob(ctx, request));
  }

  heartbeat(id: number, worker: string, leaseMs: number): Promise<boolean> {
    return this.call(`renew the lease of job ${id}`, (ctx) => q.heartbeatJob(ctx, id, worker, leaseMs));
  }

  complete(id: number, worker: string, result: unknown): Promise<boolean> {
    return this.call(`report job ${id}`, (ctx) => q.completeJob(ctx, id, worker, result));
  }

  get(id: number): Promise<q.Job | undefined> {
    return this.call(`read job ${id}`, (ctx) => q.getJob(ctx, id));
  }

  jobsOfRun(runId: string): Promise<q.Job[]> {
    return this.call(`list the jobs of run ${runId}`, (ctx) => q.jobsOfRun(ctx, runId));
  }

  expire(runId: string): Promise<q.Job[]> {
    return this.call(`expire the lost jobs of run ${runId}`, (ctx) => q.expireJobs(ctx, runId));
  }

  withdraw(runId: string): Promise<number> {
    return this.call(`withdraw the queued jobs of run ${runId}`, (ctx) => q.withdrawJobs(ctx, runId));
  }

  hasOpenJobs(env: string): Promise<boolean> {
    return this.call(`look for open jobs in ${env}`, (ctx) => q.hasOpenJobs(ctx, env));
  }
}
