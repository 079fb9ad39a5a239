import { relative } from 'node:path';
import type { Ledger } from '@stratum/ledger';
import { remainingPathRanks, type DeploymentPlan, type StackRunner } from '@stratum/orchestrator';
import type { StackArtifact } from '../stacks';
import type { JobPayload, JobStack } from './protocol';
import { QueueStackRunner } from './queue-runner';

/** What the coordinator knows once the run is open, synthesized and through the gate. */
export interface ExecutorContext {
  readonly ledger: Ledger;
  readonly root: string;
  readonly env: string;
  readonly runId: string;
  readonly gitSha: string;
  readonly force: boolean;
  readonly artifacts: ReadonlyMap<string, StackArtifact>;
  /** Every unit of the run (all regions), for the claim priorities. */
  readonly plan: DeploymentPlan;
  /** Measured apply times per unit id, when the ledger has history. */
  readonly expectedDurations?: ReadonlyMap<string, number>;
}

/** A runner that hands the run's applies and rollbacks to someone else (the workers). */
export interface ExecutorRunner extends StackRunner {
  readonly reasons: ReadonlyMap<string, string[]>;
  readonly notes: readonly string[];
  /** The worker that applied each unit id. */
  readonly workers: ReadonlyMap<string, string>;
  /** Stacks in flight at once from the scheduler's side (the workers bound the real parallelism). */
  readonly concurrency: number;
  /** Withdraws whatever is still queued; called when the run ends. */
  close(): Promise<void>;
}

export interface DeployExecutor {
  /** Refuses before anything is locked when the executor cannot run here (a SQLite ledger). */
  check(ledger: Ledger): Promise<void>;
  open(context: ExecutorContext): Promise<ExecutorRunner>;
}

export interface WorkerExecutorOptions {
  /** Claims of a job before an expired lease fails it. @default 2 */
  readonly maxAttempts?: number;
  /** @default 500 */
  readonly pollMs?: number;
}

/**
 * `--executor workers`: pins every synthesized artifact by hash in the ledger (so every worker applies exactly
 * these bytes) and runs the scheduler over the ledger's queue; priorities are the longest remaining path over
 * measured apply times (none without history: then ready stacks go in the scheduler's layer/name order).
 */
export function workerExecutor(options: WorkerExecutorOptions = {}): DeployExecutor {
  return {
    check: (ledger) => ledger.queue.require(),
    async open(ctx) {
      const stacks = new Map<string, JobStack>();
      for (const [id, a] of ctx.artifacts) {
        const artifactHash = await ctx.ledger.putArtifact(a.json);
        stacks.set(id, {
          unitId: id,
          project: a.project,
          stack: a.stack,
          region: a.region,
          layer: a.layer,
          projectRoot: a.projectRoot,
          dir: relative(ctx.root, a.dir),
          artifactHash,
        });
      }
      const priorities = ctx.expectedDurations
        ? remainingPathRanks(ctx.plan.units, ctx.expectedDurations)
        : undefined;
      const runner = new QueueStackRunner({
        ledger: ctx.ledger,
        runId: ctx.runId,
        env: ctx.env,
        ...(priorities ? { priorities } : {}),
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.pollMs ? { pollMs: options.pollMs } : {}),
        payload: (unit): JobPayload => {
          const stack = stacks.get(unit.id);
          if (!stack) throw new Error(`no synthesized stack for ${unit.id}; synthesize before deploying`);
          return { gitSha: ctx.gitSha, force: ctx.force, stack };
        },
      });
      return Object.assign(runner, { concurrency: Math.max(1, ctx.plan.units.length) });
    },
  };
}
