import type { Job, Ledger, RunRecord } from '@stratum/ledger';

/** One stack's job of a `--executor workers` run: who applied (or rolled back) it, and in how many claims. */
export interface RunJob {
  /** The stack (`<project>-<region>`), as in the run's events. */
  readonly stack: string;
  readonly kind: Job['kind'];
  readonly status: Job['status'];
  /** The worker holding, or that last held, the job; null while it waits for a claim. */
  readonly worker: string | null;
  readonly attempts: number;
  readonly maxAttempts: number;
}

/**
 * The jobs of a run handed to workers, in the order they were enqueued. Empty on a SQLite ledger (no work queue)
 * and for a run this process applied itself.
 */
export async function readRunJobs(ledger: Ledger, run: RunRecord): Promise<RunJob[]> {
  if (ledger.target.dialect !== 'postgres') return [];
  const jobs = await ledger.queue.jobsOfRun(run.id);
  return jobs.map((job) => ({
    stack: stackOfUnit(job.unit),
    kind: job.kind,
    status: job.status,
    worker: job.worker,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
  }));
}

/** The lines `stratum runs show` prints for them: one per job, naming its worker. */
export function jobLines(jobs: readonly RunJob[]): string[] {
  if (jobs.length === 0) return [];
  return [
    'workers:',
    ...jobs.map(
      (j) =>
        `  ${j.stack.padEnd(36)} ${j.kind.padEnd(9)} ${(j.worker ?? '(unclaimed)').padEnd(20)} ${j.status}, claim ${j.attempts} of ${j.maxAttempts}`,
    ),
  ];
}

/** `project@region` (the scheduler's unit id) → the stack name `project-region`. */
function stackOfUnit(unit: string): string {
  const at = unit.lastIndexOf('@');
  return at < 0 ? unit : `${unit.slice(0, at)}-${unit.slice(at + 1)}`;
}
