import type { Environment } from '@stratum/config';
import { DEFAULT_KEEP_DEPLOYMENTS, type Ledger } from '@stratum/ledger';
import {
  planDeployment,
  unitId,
  rollbackRun,
  runDeployment,
  withMigrationUnits,
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
import { refuseDirectChange, type BreakGlass } from './gates/gated';
import { acquireLease } from './lease';
import {
  moveBackUnapplied,
  moveRenamedStatesEverywhere,
  retireMovedStacks,
  withStateMoves,
  type ProjectRename,
} from './rename';
import { measuredDurations } from './durations';
import { reportStacks, unitRowName, withReasons, type DeployReport } from './report';
import { TerraformStackRunner } from './runner';
import {
  destructiveCover,
  prepareSchemaMigrations,
  SchemaMigrationRunner,
  withSchemaMigrations,
} from './schema-migrations';
import { stackArtifacts, type StackArtifact } from './stacks';
import { TerraformLockRecorder } from './tf-locks';
import type { DeployExecutor } from './workers/executor';

export interface DeployOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  /** Projects to deploy (any order; the graph decides the order). */
  readonly projects: readonly string[];
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly gitSha: string;
  /** sha256 of the uncommitted synth inputs deployed (`gitSha` then ends in `+dirty`). @default null */
  readonly treeDigest?: string | null;
  readonly actor: string;
  /** Set by `promote` only: the source environment. A gated environment refuses a deploy without it... */
  readonly promotedFrom?: string;
  /** ...unless it is a break-glass deploy, recorded with its reason (see `refuseDirectChange`). */
  readonly breakGlass?: BreakGlass;
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
  /**
   * Runs after each region applied without failure (promote's bake); a returned reason halts the rollout: that
   * region and the earlier ones roll back, later regions are not started, and the reason is the run's error.
   */
  readonly afterRegion?: (applied: RegionApplied) => Promise<string | undefined>;
  /**
   * The PostgreSQL that stands in for data stacks' databases in an emulator environment (schema migrations run
   * there); the CLI passes STRATUM_LOCAL_POSTGRES_URL. @default none: migrations in such an environment fail
   */
  readonly localDatabaseUrl?: string;
  /** Who applies the stacks: this process (default) or workers claiming them from the ledger's queue. */
  readonly executor?: DeployExecutor;
  /** After the run, prune ledger artifacts beyond the last N deployments of each stack. @default 10 */
  readonly keepDeployments?: number;
}

/** One region's part of a run, as `afterRegion` sees it. */
export interface RegionApplied {
  readonly region: string;
  readonly runId: string;
  /** The region's units and how they ended (succeeded, unchanged, ...). */
  readonly units: readonly UnitOutcome[];
  readonly artifacts: ReadonlyMap<string, StackArtifact>;
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
  const breakGlass =
    options.promotedFrom === undefined ? refuseDirectChange(env, 'deploy', options.breakGlass) : undefined;
  await requireEndpoint(env);
  await options.executor?.check(ledger);
  for (const run of await ledger.findInterruptedRuns(env.name)) {
    notes.push(
      `Run ${run.id} (started ${run.startedAt} by ${run.actor}) was interrupted and is now marked interrupted; ` +
        `check it with \`stratum runs show ${run.id}\` and roll it back with \`stratum rollback --env ${env.name} --run ${run.id}\`.`,
    );
  }
  const runId = ledger.newRunId();
  const lease = await acquireLease({
    ledger,
    env,
    runId,
    settings: options.settings,
    root: workspace.root,
    wait: options.wait ?? false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  notes.push(...lease.notes);
  const log = new EventLog(ledger, runId);
  let status: DeployReport['status'] = 'failed';
  let runError: string | null = null;
  let stacks: DeployReport['stacks'] = [];
  let remote: Awaited<ReturnType<DeployExecutor['open']>> | undefined;
  try {
    await ledger.createRun({
      id: runId,
      env: env.name,
      gitSha: options.gitSha,
      baseRef: options.baseRef ?? null,
      actor: options.actor,
      trigger: options.trigger,
      breakGlassReason: breakGlass?.reason ?? null,
      treeDigest: options.treeDigest ?? null,
    });
    const artifacts = stackArtifacts(workspace, synthesize({ workspace, env, projects: options.projects }));
    const refused = options.gate ? await options.gate([...artifacts.values()]) : [];
    if (refused.length > 0) {
      runError = `policy gate refused the change:\n${refused.join('\n')}`;
      notes.push(runError);
      return finish();
    }
    const migrations = prepareSchemaMigrations(workspace, options.projects);
    if (migrations.refused.length > 0) {
      runError = `the schema migrations were refused; nothing was changed:\n${migrations.refused.join('\n')}`;
      notes.push(runError);
      return finish();
    }
    notes.push(...migrations.declared.map((line) => `schema migration: ${line}`));
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
      locks: new TerraformLockRecorder({ ledger, env: env.name, runId }),
    });
    const expectedDurations = await measuredDurations(ledger, env.name, artifacts);
    remote = await options.executor?.open({
      ledger,
      root: workspace.root,
      env: env.name,
      runId,
      gitSha: options.gitSha,
      force: options.force ?? false,
      artifacts,
      plan: planDeployment(workspace.graph, { projects: options.projects, regions: env.regions }),
      ...(expectedDurations ? { expectedDurations } : {}),
    });
    const concurrency = remote?.concurrency ?? options.concurrency ?? 4;
    const moveContext = { root: workspace.root, env, runId, settings: options.settings, artifacts };
    const { moved, notes: moveNotes } = await moveRenamedStatesEverywhere(options.renames ?? [], moveContext);
    notes.push(...moveNotes);
    const scheduled = withSchemaMigrations(
      withStateMoves(remote ?? runner, moved, moveContext),
      new SchemaMigrationRunner({
        env,
        runId,
        ledger,
        settings: options.settings,
        stacks: artifacts,
        projects: migrations.projects,
        destructive: destructiveCover(env, options.promotedFrom),
        ...(options.localDatabaseUrl ? { localDatabaseUrl: options.localDatabaseUrl } : {}),
      }),
    );
    const outcomes: UnitOutcome[] = [];
    const appliedEarlier: { regionPlan: ReturnType<typeof planDeployment>; applied: string[] }[] = [];
    status = 'succeeded';
    for (const region of env.regions) {
      const plan = withMigrationUnits(
        planDeployment(workspace.graph, { projects: options.projects, regions: [region] }),
        migrations.projects.keys(),
      );
      const result = await runDeployment(plan, scheduled, {
        concurrency,
        ...(expectedDurations ? { expectedDurations } : {}),
        rollback: options.rollback ?? 'run',
        onEvent: (event) => {
          recordSchedulerEvent(log, artifacts, event);
          options.onEvent?.(event);
        },
        signal: lease.signal,
      });
      outcomes.push(...result.units);
      if (result.status === 'succeeded') {
        appliedEarlier.push({ regionPlan: plan, applied: appliedUnits(result) });
        const halted = await options.afterRegion?.({ region, runId, units: result.units, artifacts });
        if (halted === undefined) continue;
        status = options.rollback === 'none' ? 'failed' : 'rolled_back';
        runError = halted;
        const later = env.regions.slice(env.regions.indexOf(region) + 1);
        notes.push(halted, ...(later.length ? [`not started: ${later.join(', ')}`] : []));
      } else {
        status = result.status;
        runError = result.errors.map((e) => `${e.unit ?? 'run'} (${e.phase}): ${e.message}`).join('\n');
      }
      if (options.rollback !== 'none') {
        for (const earlier of appliedEarlier.reverse()) {
          const back = await rollbackRun(earlier.regionPlan, earlier.applied, scheduled, {
            concurrency,
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
    stacks = withReasons(
      reportStacks({ units: outcomes }, (id) => unitRowName(id, artifacts)),
      outcomes,
      (remote ?? runner).reasons,
    ).map((s) => withWorker(s, remote?.workers));
    notes.push(...(remote ?? runner).notes);
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
    await remote?.close().catch((error: unknown) => {
      notes.push(
        `withdrawing the run's queued jobs failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    await log.flush();
    if (log.failures.length > 0) notes.push(`ledger writes failed: ${log.failures.join('; ')}`);
    try {
      await ledger.finishRun(runId, { status, error: runError });
    } finally {
      notes.push(...(await lease.end()));
    }
    await ledger
      .pruneArtifacts({ keep: options.keepDeployments ?? DEFAULT_KEEP_DEPLOYMENTS })
      .catch((error: unknown) => {
        notes.push(
          `pruning ledger artifacts failed (run \`stratum ledger prune\` later): ${error instanceof Error ? error.message : String(error)}`,
        );
      });
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

/** Names the worker that applied the stack (`--executor workers`). */
function withWorker(
  stack: DeployReport['stacks'][number],
  workers: ReadonlyMap<string, string> | undefined,
): DeployReport['stacks'][number] {
  const worker = workers?.get(unitId(stack.project, stack.region));
  return worker ? { ...stack, worker } : stack;
}
