import { setTimeout as sleep } from 'node:timers/promises';
import type { Job, Ledger } from '@stratum/ledger';
import type { WorkerReport } from './protocol';

export interface WorkerLoopOptions {
  readonly ledger: Ledger;
  readonly env: string;
  /** Names this worker in claims and in each stack of the run result. */
  readonly name: string;
  /** Jobs run at once. @default 1 */
  readonly concurrency?: number;
  /** Lease of each claim, renewed every leaseMs / 4. @default 30_000 */
  readonly leaseMs?: number;
  /** How often to look for a job when there was none. @default 1_000 */
  readonly pollMs?: number;
  /**
   * Exit once the environment has had no open job and no held lock (no coordinator) for this long.
   * @default never: run until stopped
   */
  readonly idleExitMs?: number;
  /** Runs one job; a throw is reported as the job's failure. */
  handle(job: Job): Promise<Omit<WorkerReport, 'worker'>>;
  /** A line per claimed and finished job, for the worker's log. */
  readonly onLine?: (line: string) => void;
}

export interface WorkerJobRecord {
  readonly id: number;
  readonly unit: string;
  readonly kind: Job['kind'];
  /** Whether the apply or rollback succeeded. */
  readonly ok: boolean;
  /** False when the lease was lost before the report (another worker holds the job now). */
  readonly reported: boolean;
}

export interface WorkerHandle {
  /** Resolves when the loop ended (stopped, idle, or killed). */
  readonly done: Promise<WorkerJobRecord[]>;
  /** Claims nothing more; the jobs under way finish and report. */
  stop(): void;
  /**
   * Ends the loop at once, as SIGKILL would: leases are no longer renewed and nothing is reported, so the
   * jobs under way are claimed again once their leases expire (for tests and hard shutdowns).
   */
  kill(): void;
}

/**
 * A worker: claims ready jobs of `env` (highest priority first) up to `concurrency`, renews each claim's lease
 * while `handle` runs it, and reports the result to the ledger. A claim whose lease was lost is not reported.
 */
export function startWorker(options: WorkerLoopOptions): WorkerHandle {
  const { ledger, env, name, concurrency = 1, leaseMs = 30_000, pollMs = 1_000 } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new Error(`worker concurrency must be a whole number ≥ 1, got ${concurrency}`);
  const records: WorkerJobRecord[] = [];
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let killed = false;
  let wake: (() => void) | undefined;
  let resolveKilled: (() => void) | undefined;
  const killedSignal = new Promise<void>((resolve) => (resolveKilled = resolve));

  const runJob = async (job: Job): Promise<void> => {
    options.onLine?.(`${name}: claimed ${job.kind} ${job.unit} (attempt ${job.attempts})`);
    const timer = setInterval(
      () => {
        void ledger.queue.heartbeat(job.id, name, leaseMs).catch(() => undefined);
      },
      Math.max(50, Math.floor(leaseMs / 4)),
    );
    timers.add(timer);
    let report: Omit<WorkerReport, 'worker'>;
    try {
      report = await options.handle(job);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      report =
        job.kind === 'apply'
          ? { apply: { status: 'failed', error: message } }
          : { rollback: { ok: false, error: message } };
    } finally {
      clearInterval(timer);
      timers.delete(timer);
    }
    if (killed) return;
    const reported = await ledger.queue.complete(job.id, name, { ...report, worker: name });
    const ok = job.kind === 'apply' ? report.apply?.status !== 'failed' : report.rollback?.ok === true;
    records.push({ id: job.id, unit: job.unit, kind: job.kind, ok, reported });
    options.onLine?.(
      `${name}: ${job.kind} ${job.unit} ${ok ? 'ok' : 'failed'}${reported ? '' : ' (lease lost: not reported)'}`,
    );
  };

  const loop = async (): Promise<WorkerJobRecord[]> => {
    let idleSince = Date.now();
    while (!stopped) {
      let claimed = false;
      while (inFlight.size < concurrency && !stopped) {
        const job = await ledger.queue.claim({ env, worker: name, leaseMs });
        if (!job || stopped) break;
        claimed = true;
        const work = runJob(job).finally(() => {
          inFlight.delete(work);
          wake?.();
        });
        inFlight.add(work);
      }
      if (claimed || inFlight.size > 0) idleSince = Date.now();
      else if (options.idleExitMs !== undefined) {
        const busy = (await ledger.queue.hasOpenJobs(env)) || (await ledger.getLock(env)) !== undefined;
        if (busy) idleSince = Date.now();
        else if (Date.now() - idleSince >= options.idleExitMs) break;
      }
      if (inFlight.size >= concurrency || !claimed)
        await Promise.race([sleep(pollMs), new Promise<void>((resolve) => (wake = resolve)), killedSignal]);
    }
    if (!killed) await Promise.all(inFlight);
    return records;
  };

  return {
    done: loop(),
    stop() {
      stopped = true;
      wake?.();
    },
    kill() {
      killed = stopped = true;
      for (const timer of timers) clearInterval(timer);
      resolveKilled?.();
    },
  };
}
