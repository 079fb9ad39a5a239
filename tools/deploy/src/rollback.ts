import { join } from 'node:path';
import type { Environment } from '@stratum/config';
import { stackOutDir } from '@stratum/constructs';
import type { Ledger, RunDetail } from '@stratum/ledger';
import {
  createPlan,
  rollbackRun,
  unitId,
  withMigrationUnits,
  type SchedulerEvent,
  type StackUnit,
} from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { UsageError } from '@stratum/config';
import { requireEndpoint } from './endpoint';
import { EventLog } from './event-log';
import { acquireLease } from './lease';
import type { DeployReport } from './report';
import { reportStacks, unitRowName } from './report';
import { TerraformStackRunner } from './runner';
import { SchemaMigrationRunner } from './schema-migrations/runner';
import { withSchemaMigrations } from './schema-migrations/dispatch';
import { migrationsToUndo } from './schema-migrations/undo-run';
import type { StackArtifact } from './stacks';
import { TerraformLockRecorder } from './tf-locks';

export interface RollbackRunOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  /** The run to undo. */
  readonly targetRunId: string;
  readonly actor: string;
  readonly trigger: string;
  readonly concurrency?: number;
  readonly wait?: boolean;
  readonly onEvent?: (event: SchedulerEvent) => void;
  /** The local PostgreSQL standing in for data stacks' databases on an emulator (their migrations are undone there). */
  readonly localDatabaseUrl?: string;
}

/**
 * Rolls back a finished (or interrupted) run: every stack it applied goes back to the artifact it had
 * before that run — dependants first — or is destroyed when the run created it. Recorded as a run of kind
 * `rollback`. An interrupted run's own stale lease is taken over, since undoing that run is its fix.
 */
export async function rollbackFinishedRun(options: RollbackRunOptions): Promise<DeployReport> {
  const { ledger, env, workspace } = options;
  const notes: string[] = [];
  await requireEndpoint(env);
  for (const run of await ledger.findInterruptedRuns(env.name))
    notes.push(`Run ${run.id} was interrupted and is now marked interrupted.`);
  const target = await ledger.getRun(options.targetRunId);
  if (!target)
    throw new UsageError(
      `No run '${options.targetRunId}' in the ledger; list runs with \`stratum runs --env ${env.name}\`.`,
    );
  if (target.env !== env.name)
    throw new UsageError(
      `Run ${target.id} deployed to '${target.env}', not '${env.name}'; pass --env ${target.env}.`,
    );
  if (target.status === 'running')
    throw new UsageError(
      `Run ${target.id} is still running; wait for it to finish (its own failure handling rolls back).`,
    );

  const runId = ledger.newRunId();
  // The interrupted run's own lease, if still there, is taken over (and its Terraform locks cleared) here.
  const lease = await acquireLease({
    ledger,
    env,
    runId,
    settings: options.settings,
    root: workspace.root,
    wait: options.wait ?? false,
  });
  notes.push(...lease.notes);
  const log = new EventLog(ledger, runId);
  let status: DeployReport['status'] = 'failed';
  let error: string | null = null;
  let stacks: DeployReport['stacks'] = [];
  try {
    await ledger.createRun({
      id: runId,
      kind: 'rollback',
      env: env.name,
      gitSha: target.gitSha,
      baseRef: target.id,
      actor: options.actor,
      trigger: options.trigger,
    });
    const artifacts = await appliedArtifacts(workspace, ledger, target);
    const migrations = await migrationsToUndo({
      workspace,
      env,
      ledger,
      settings: options.settings,
      runId: target.id,
      artifacts,
    });
    notes.push(...migrations.notes);
    if (artifacts.size === 0) {
      status = 'rolled_back';
      notes.push(`Run ${target.id} applied nothing that is still in place; nothing to roll back.`);
    } else {
      const units = stackUnits(workspace, artifacts);
      const stacksRunner = new TerraformStackRunner({
        root: workspace.root,
        env: env.name,
        runId,
        rollbackOf: target.id,
        gitSha: target.gitSha,
        ledger,
        settings: options.settings,
        stacks: artifacts,
        log,
        locks: new TerraformLockRecorder({ ledger, env: env.name, runId }),
      });
      const runner = withSchemaMigrations(
        stacksRunner,
        new SchemaMigrationRunner({
          env,
          runId,
          undo: migrations.undo,
          ledger,
          settings: options.settings,
          stacks: migrations.stacks,
          projects: migrations.projects,
          ...(options.localDatabaseUrl ? { localDatabaseUrl: options.localDatabaseUrl } : {}),
        }),
      );
      const result = await rollbackRun(
        withMigrationUnits(createPlan(units), migrations.projects.keys()),
        [...units.map((u) => u.id), ...migrations.undo.keys()],
        runner,
        {
          concurrency: options.concurrency ?? 4,
          onEvent: (event) => {
            const stack = artifacts.get(event.unit.id);
            if (stack && event.status !== 'running')
              log.record(stack, event.status, {
                at: new Date(event.at),
                ...(event.error ? { error: event.error } : {}),
              });
            options.onEvent?.(event);
          },
        },
      );
      status = result.status;
      error = result.errors.map((e) => `${e.unit ?? 'run'}: ${e.message}`).join('\n') || null;
      stacks = reportStacks(result, (id) => unitRowName(id, artifacts));
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
    throw caught;
  } finally {
    await log.flush();
    if (log.failures.length > 0) notes.push(`ledger writes failed: ${log.failures.join('; ')}`);
    await ledger.finishRun(runId, { status, error }).catch(() => undefined);
    notes.push(...(await lease.end()));
  }
  return { runId, env: env.name, status, gitSha: target.gitSha, stacks, notes };
}

/**
 * The stacks a run applied, with the artifact it applied: a stack counts when the run recorded it
 * `succeeded` (or it failed mid-apply) and did not already roll it back.
 */
async function appliedArtifacts(
  workspace: Workspace,
  ledger: Ledger,
  run: RunDetail,
): Promise<Map<string, StackArtifact>> {
  const last = new Map<string, (typeof run.events)[number]>();
  const hashes = new Map<string, string>();
  for (const event of run.events) {
    last.set(event.stack, event);
    if (event.artifactHash) hashes.set(event.stack, event.artifactHash);
  }
  const out = new Map<string, StackArtifact>();
  for (const [stack, event] of last) {
    if (!['succeeded', 'failed', 'applying', 'rollback_failed'].includes(event.status)) continue;
    const project = workspace.projects.get(event.project);
    const hash = hashes.get(stack);
    if (!project || !hash) continue;
    const json = await ledger.getArtifact(hash);
    if (json === undefined) continue;
    const region = event.region ?? stack.slice(event.project.length + 1);
    out.set(unitId(event.project, region), {
      unitId: unitId(event.project, region),
      project: event.project,
      stack,
      region,
      layer: project.layer,
      dir: join(workspace.root, stackOutDir(project.root, run.env, stack)),
      projectRoot: project.root,
      hash,
      json,
    });
  }
  return out;
}

/** Scheduler units for the given stacks, with dependencies from the current graph (same region only). */
function stackUnits(workspace: Workspace, artifacts: ReadonlyMap<string, StackArtifact>): StackUnit[] {
  const byName = new Map(workspace.graph.projects.map((p) => [p.name, p]));
  return [...artifacts.values()].map((a) => ({
    id: a.unitId,
    project: a.project,
    region: a.region,
    layer: a.layer,
    dependsOn: (byName.get(a.project)?.dependsOn ?? [])
      .map((d) => unitId(d, a.region))
      .filter((id) => artifacts.has(id))
      .sort(),
  }));
}
