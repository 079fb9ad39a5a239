/**
 * Makespan of the real DAG scheduler (`runDeployment`) on a deployment plan, on a virtual clock: every apply
 * takes its scripted time of simulated time, so 1,000 one-second applies finish in well under a second.
 */
import { simulateDeployment } from '@stratum/orchestrator/src/testing';
import type { DeploymentPlan } from '@stratum/orchestrator';

export interface Makespan {
  readonly workers: number;
  /** Default order: ready units by layer, then name. */
  readonly defaultMs: number;
  /** Longest remaining path first (the scheduler's `expectedDurations`, here the true apply times). */
  readonly longestPathMs: number;
  /** max(critical path, total work / workers): no schedule can beat it. */
  readonly boundMs: number;
  readonly criticalPathMs: number;
  readonly workMs: number;
}

/** Critical path and total work of `plan` with `durations` (ms by unit id). */
export function planBounds(plan: DeploymentPlan, durations: ReadonlyMap<string, number>) {
  const finish = new Map<string, number>();
  for (const unit of plan.units)
    // plan.units is in deploy order: dependencies first
    finish.set(unit.id, Math.max(0, ...unit.dependsOn.map((d) => finish.get(d)!)) + durations.get(unit.id)!);
  return {
    criticalPathMs: Math.max(0, ...finish.values()),
    workMs: [...durations.values()].reduce((a, b) => a + b, 0),
  };
}

/** The scheduler's makespan at `workers` slots, default order and longest-path-first, beside the bound. */
export async function makespan(
  plan: DeploymentPlan,
  durations: ReadonlyMap<string, number>,
  workers: number,
): Promise<Makespan> {
  const script = Object.fromEntries([...durations].map(([id, ms]) => [id, { applyMs: ms }]));
  const run = async (expectedDurations?: ReadonlyMap<string, number>) =>
    (
      await simulateDeployment(plan, script, {
        concurrency: workers,
        ...(expectedDurations ? { expectedDurations } : {}),
      })
    ).makespan;
  const { criticalPathMs, workMs } = planBounds(plan, durations);
  return {
    workers,
    defaultMs: await run(),
    longestPathMs: await run(durations),
    boundMs: Math.max(criticalPathMs, workMs / workers),
    criticalPathMs,
    workMs,
  };
}
