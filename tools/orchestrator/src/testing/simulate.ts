import { runDeployment } from '../scheduler/deploy';
import type { DeploymentOptions, DeploymentPlan, DeploymentResult, SchedulerEvent } from '../scheduler/types';
import { scriptedRunner, type UnitScript } from './scripted-runner';
import { VirtualClock } from './virtual-clock';

export interface Simulation {
  readonly result: DeploymentResult;
  /** Every event, in emission order. */
  readonly events: readonly SchedulerEvent[];
  /** `apply:<id>` / `rollback:<id>` in the order the runner was called. */
  readonly calls: readonly string[];
  /** Most runner calls in progress at once. */
  readonly maxRunning: number;
  /** Simulated time from start to end, in ms. */
  readonly makespan: number;
}

/** Runs the real scheduler on `plan` with a scripted runner on a virtual clock. */
export async function simulateDeployment(
  plan: DeploymentPlan,
  script: Readonly<Record<string, UnitScript>> = {},
  options: Omit<DeploymentOptions, 'now'> = {},
): Promise<Simulation> {
  const clock = new VirtualClock();
  const runner = scriptedRunner(clock, script);
  const events: SchedulerEvent[] = [];
  const onEvent = (event: SchedulerEvent): void => {
    events.push(event);
    options.onEvent?.(event);
  };
  const result = await clock.drive(runDeployment(plan, runner, { ...options, now: clock.now, onEvent }));
  return {
    result,
    events,
    calls: runner.calls,
    maxRunning: runner.maxRunning,
    makespan: result.finishedAt - result.startedAt,
  };
}
