import type { Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import {
  planDeployment,
  rollbackRun,
  runDeployment,
  type DeploymentResult,
  type SchedulerEvent,
  type UnitOutcome,
} from '@stratum/orchestrator';
import { synthesize } from '@stratum/synth';
import type { TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { prepareTeardown, runTeardown, type DestroyRequest } from './destroy';
import { endpointAnswers, requireEndpoint, unreachableAdvice } from './endpoint';
import { EventLog } from './event-log';
import { acquireEnvironmentLock } from './lock';
import {
  moveBackUnapplied,
  moveRenamedStatesEverywhere,
  retireMovedStacks,
  withStateMoves,
  type ProjectRename,
} from './rename';
import { reportStacks, type DeployReport } from './report';
import { TerraformStackRunner } from './runner';
import { stackArtifacts, type StackArtifact } from './stacks';

export interface DeployOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  /** Projects to deploy (any order; the graph decides the order). */
  readonly projects: readonly string[];
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly gitSha: string;
  readonly actor: string;
  /** What started the run: `cli`, `ci`, `promote`, `nx`. */
  readonly trigger: string;
  readonly baseRef?: string;
  /** Stacks applied at once. @default 4 */
  readonly concurrency?: number;
  /** `run` rolls back everything the run applied when a stack fails; `none` leaves it. @default 'run' */
  readonly rollback?: 'run' | 'none';
  /** Apply stacks whose JSON equals their last successful apply. @default false */
  readonly force?: boolean;
  /** Wait for the environment lock instead of failing at once. @default false */
  readonly wait?: boolean;
  /** Checks synthesized stacks before anything is applied; returns the reasons to refuse (empty = pass). */
  readonly gate?: (stacks: readonly StackArtifact[]) => Promise<string[]> | string[];
  /** Stacks to tear down in this run (deleted projects, `stratum destroy`), after every deploy succeeded. */
  readonly destroy?: DestroyRequest;
  /** Projects renamed with a declared `previousName`: their state moves to the new stack before it plans. */
  readonly renames?: readonly ProjectRename[];
  /** Every status change, for progress views. */
  readonly onEvent?: (event: SchedulerEvent) => void;
  /** Cancels the run: running applies finish, nothing new starts, applied stacks roll back. */
  readonly signal?: AbortSignal;
}

/**
 * One deploy run: lock the environment, record the run, synthesize, gate, then apply region by region
 * (regions in the environment's order) through the DAG scheduler. When a stack fails, everything the run
 * applied — in this region by the scheduler, in earlier regions afterwards — is rolled back, dependants
 * first. Renamed projects' state moves to the new stacks first; `destroy` stacks are torn down last, only when
 * every deploy succeeded, and never rolled back. The lock is released and the run finished whatever happens.
 */
export async function deploy(options: DeployOptions): Promise<DeployReport> {
  const { ledger, env, workspace } = options;
  const notes: string[] = [];
  await requireEndpoint(env);
  for (const run of await ledger.findInterruptedRuns(env.name)) {
    notes.push(
      `Run ${run.id} (started ${run.startedAt} by ${run.actor}) was interrupted and is now marked interrupted; ` +
        `check it with \`stratum runs show ${run.id}\` and roll it back with \`stratum rollback --env ${env.name} --run ${run.id}\`.`,
    );
  }
  const runId = ledger.newRunId();
  await acquireEnvironmentLock(ledger, env.name, runId, {
    wait: options.wait ?? false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const log = new EventLog(ledger, runId);
  let status: DeployReport['status'] = 'failed';
  let runError: string | null = null;
  let stacks: DeployReport['stacks'] = [];
  try {
    await ledger.createRun({
      id: runId,
      env: env.name,
      gitSha: options.gitSha,
      baseRef: options.baseRef ?? null,
      actor: options.actor,
      trigger: options.trigger,
    });
    const artifacts = stackArtifacts(workspace, synthesize({ workspace, env, projects: options.projects }));
    const refused = options.gate ? await options.gate([...artifacts.values()]) : [];
    if (refused.length > 0) {
      runError = `policy gate refused the change:\n${refused.join('\n')}`;
      notes.push(runError);
      return finish();
    }
    const teardown = options.destroy ? prepareTeardown(options.destroy, { workspace, env }) : undefined;
    if (teardown && teardown.refused.length > 0) {
      runError = `the destroy was refused; nothing was changed:\n${teardown.refused.join('\n')}`;
      notes.push(runError);
      return finish();
    }
    const runner = new TerraformStackRunner({
      root: workspace.root,
      env: env.name,
      runId,
      gitSha: options.gitSha,
      ledger,
      settings: options.settings,
      stacks: artifacts,
      log,
      force: options.force ?? false,
    });
    const moveContext = { root: workspace.root, env, runId, settings: options.settings, artifacts };
    const { moved, notes: moveNotes } = await moveRenamedStatesEverywhere(options.renames ?? [], moveContext);
    notes.push(...moveNotes);
    const scheduled = withStateMoves(runner, moved, moveContext);
    const outcomes: UnitOutcome[] = [];
    const appliedEarlier: { regionPlan: ReturnType<typeof planDeployment>; applied: string[] }[] = [];
    status = 'succeeded';
    for (const region of env.regions) {
      const plan = planDeployment(workspace.graph, { projects: options.projects, regions: [region] });
      const result = await runDeployment(plan, scheduled, {
        concurrency: options.concurrency ?? 4,
        rollback: options.rollback ?? 'run',
        onEvent: (event) => {
          recordSchedulerEvent(log, artifacts, event);
          options.onEvent?.(event);
        },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      outcomes.push(...result.units);
      if (result.status === 'succeeded') {
        appliedEarlier.push({ regionPlan: plan, applied: appliedUnits(result) });
        continue;
      }
      status = result.status;
      runError = result.errors.map((e) => `${e.unit ?? 'run'} (${e.phase}): ${e.message}`).join('\n');
      if (options.rollback !== 'none') {
        for (const earlier of appliedEarlier.reverse()) {
          const back = await rollbackRun(earlier.regionPlan, earlier.applied, scheduled, {
            concurrency: options.concurrency ?? 4,
            onEvent: (event) => {
              recordSchedulerEvent(log, artifacts, event);
              options.onEvent?.(event);
            },
          });
          replaceOutcomes(outcomes, back.units);
          if (back.status === 'rollback_failed') status = 'rollback_failed';
        }
      }
      break;
    }
    stacks = reportStacks({ units: outcomes }, (id) => artifacts.get(id)?.stack ?? id);
    if (status === 'succeeded')
      await retireMovedStacks(ledger, env.name, runId, moved, options.renames ?? []);
    else notes.push(...(await moveBackUnapplied(moved, outcomes, moveContext)));
    if (teardown && status !== 'succeeded')
      notes.push('Nothing was destroyed: the deploys of this run did not succeed, and destroys run last.');
    else if (teardown) {
      const torn = await runTeardown(teardown, {
        root: workspace.root,
        env: env.name,
        runId,
        gitSha: options.gitSha,
        ledger,
        settings: options.settings,
        log,
        concurrency: options.concurrency ?? 4,
      });
      stacks = [...stacks, ...torn.stacks];
      notes.push(...torn.notes);
      if (!torn.ok) [status, runError] = ['failed', torn.errors.join('\n')];
    }
    return await finish();
  } catch (error) {
    runError = error instanceof Error ? error.message : String(error);
    status = 'failed';
    await finish().catch(() => undefined);
    throw error;
  }

  async function finish(): Promise<DeployReport> {
    if (status !== 'succeeded' && env.endpoint && !(await endpointAnswers(env.endpoint))) {
      notes.push(
        `${unreachableAdvice(env)} Then run \`stratum rollback --env ${env.name} --run ${runId}\` to put back what this run applied.`,
      );
    }
    await log.flush();
    if (log.failures.length > 0) notes.push(`ledger writes failed: ${log.failures.join('; ')}`);
    try {
      await ledger.finishRun(runId, { status, error: runError });
    } finally {
      await ledger.releaseLock(env.name, runId);
    }
    return { runId, env: env.name, status, gitSha: options.gitSha, stacks, notes };
  }
}

/** Units the run applied (and may need to roll back): succeeded, or failed with changes possibly made. */
function appliedUnits(result: DeploymentResult): string[] {
  return result.units.filter((u) => u.status === 'succeeded').map((u) => u.unit.id);
}

function replaceOutcomes(outcomes: UnitOutcome[], replacements: readonly UnitOutcome[]): void {
  for (const next of replacements) {
    const index = outcomes.findIndex((o) => o.unit.id === next.unit.id);
    if (index >= 0) outcomes[index] = { ...outcomes[index]!, ...next };
  }
}

function recordSchedulerEvent(
  log: EventLog,
  artifacts: ReadonlyMap<string, StackArtifact>,
  event: SchedulerEvent,
): void {
  if (event.status === 'running') return; // the runner records planning/applying itself
  const stack = artifacts.get(event.unit.id);
  if (!stack) return;
  log.record(stack, event.status, {
    at: new Date(event.at),
    ...(event.error ? { error: event.error } : event.reason ? { error: JSON.stringify(event.reason) } : {}),
    ...(event.exitCode !== undefined ? { terraformExitCode: event.exitCode } : {}),
    ...(event.status === 'succeeded' || event.status === 'unchanged' ? { artifactHash: stack.hash } : {}),
  });
}
