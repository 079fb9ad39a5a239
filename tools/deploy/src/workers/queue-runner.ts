import { setTimeout as sleep } from 'node:timers/promises';
import type { JobKind, Ledger, LeaseExpiredResult } from '@stratum/ledger';
import type { ApplyResult, RollbackResult, StackRunner, StackUnit } from '@stratum/orchestrator';
import { isWorkerReport, type WorkerReport } from './protocol';

export interface QueueRunnerOptions {
  readonly ledger: Ledger;
  readonly runId: string;
  readonly env: string;
  /** The job payload of a unit (what a worker needs to run it). */
  payload(unit: StackUnit, kind: JobKind): unknown;
  /** Claim priority per unit id (longest remaining path); missing units get 0 (enqueue order: layer, name). */
  readonly priorities?: ReadonlyMap<string, number>;
  /** Claims of a job before an expired lease fails it (1 = never run again). @default 2 */
  readonly maxAttempts?: number;
  /** How often the coordinator looks at its jobs. @default 500 */
  readonly pollMs?: number;
  /** Waits between polls; simulations inject their clock. @default timers/promises setTimeout */
  readonly sleep?: (ms: number) => Promise<unknown>;
}

/**
 * The coordinator's StackRunner for `--executor workers`: each apply or rollback the scheduler starts becomes a
 * job in the ledger's queue, run by whichever worker claims it; the call resolves with what that worker
 * reported. The scheduler keeps every decision (when a unit is ready, skips, rollback order), so a run over
 * workers ends as the same run in one process would. A job whose worker stopped renewing its lease is claimed
 * again while attempts remain, then counts as a failure that may have changed the stack (so it rolls back).
 */
export class QueueStackRunner implements StackRunner {
  /** The worker that ran each unit's apply (and `rollback:<unit>` for rollbacks). */
  readonly workers = new Map<string, string>();
  readonly reasons = new Map<string, string[]>();
  readonly notes: string[] = [];

  constructor(private readonly o: QueueRunnerOptions) {}

  async apply(unit: StackUnit): Promise<ApplyResult> {
    const result = await this.run(unit, 'apply');
    if ('leaseExpired' in result) return { status: 'failed', error: lostWorker(result) };
    this.collect(unit, result, unit.id);
    return result.apply ?? { status: 'failed', error: `worker ${result.worker} reported no apply result` };
  }

  async rollback(unit: StackUnit): Promise<RollbackResult> {
    const result = await this.run(unit, 'rollback');
    if ('leaseExpired' in result) return { ok: false, error: lostWorker(result) };
    this.collect(unit, result, `rollback:${unit.id}`);
    return result.rollback ?? { ok: false, error: `worker ${result.worker} reported no rollback result` };
  }

  /** Withdraws the run's jobs still queued (call when the run ends). */
  async close(): Promise<void> {
    await this.o.ledger.queue.withdraw(this.o.runId);
  }

  private async run(unit: StackUnit, kind: JobKind): Promise<WorkerReport | LeaseExpiredResult> {
    const { ledger, runId, env, pollMs = 500, sleep: wait = sleep } = this.o;
    const job = await ledger.queue.enqueue({
      runId,
      env,
      unit: unit.id,
      kind,
      priority: this.o.priorities?.get(unit.id) ?? 0,
      maxAttempts: this.o.maxAttempts ?? 2,
      payload: this.o.payload(unit, kind),
    });
    for (;;) {
      await wait(pollMs);
      const now = await ledger.queue.get(job.id);
      if (now?.status !== 'done') {
        if (now?.status === 'claimed') await ledger.queue.expire(runId);
        continue;
      }
      const result = now.result;
      if (isWorkerReport(result)) return result;
      if (typeof result === 'object' && result !== null && 'leaseExpired' in result)
        return result as LeaseExpiredResult;
      throw new Error(
        `job ${job.id} (${kind} ${unit.id}) ended without a worker's report: ${JSON.stringify(result)}`,
      );
    }
  }

  private collect(unit: StackUnit, report: WorkerReport, key: string): void {
    this.workers.set(key, report.worker);
    if (report.reasons?.length) this.reasons.set(unit.id, [...report.reasons]);
    this.notes.push(...(report.notes ?? []).map((n) => `${report.worker}: ${n}`));
  }
}

function lostWorker(result: LeaseExpiredResult): string {
  return (
    `worker ${result.worker ?? '(unknown)'} stopped renewing its lease (killed or cut off) and the stack was ` +
    `claimed ${result.attempts} time(s); it may be half-applied, so it is rolled back`
  );
}
