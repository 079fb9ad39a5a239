import type { Environment } from '@stratum/config';
import { teardownOrder, type ProjectGraph } from '@stratum/graph';
import type { Ledger } from '@stratum/ledger';
import { createPlan, rollbackRun, type RollbackRunResult, type StackUnit } from '@stratum/orchestrator';
import { synthesize } from '@stratum/synth';
import type { TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { synthesizeAtCommit } from './base-synth';
import { TerraformDestroyRunner } from './destroy-runner';
import type { EventLog } from './event-log';
import type { DeployReportStack } from './report';
import { lossNotes, statefulRefusals, statefulResources, type StatefulResource } from './stateful';
import { destroyDir, stackArtifacts, type StackArtifact } from './stacks';

/** Stacks a run tears down, after everything it deploys succeeded. */
export interface DestroyRequest {
  /** Projects to destroy, any order: the graph of `source` orders them, dependants first. */
  readonly projects: readonly string[];
  /**
   * Where their Terraform JSON comes from: `workspace` synthesizes them from the workspace (the projects still
   * exist; `stratum destroy`); `commit` from that commit in a temporary git worktree (projects deleted since).
   */
  readonly source: { readonly kind: 'workspace' } | { readonly kind: 'commit'; readonly commit: string };
  /** Destroy databases, buckets, keys and other stateful resources without an exception. @default false */
  readonly allowStateful?: boolean;
  /** The `stratum` bin used to synthesize a commit whose tree has no tools/cli of its own. */
  readonly cli?: string;
}

/** A destroy ready to run: its stacks (each `dir` a destroy folder), the graph that orders them, what it loses. */
export interface Teardown {
  /** The projects, dependants first. */
  readonly order: readonly string[];
  /** Teardown edges among them, `[dependant, dependency]`: the dependant goes first. */
  readonly edges: readonly (readonly [string, string])[];
  readonly stacks: ReadonlyMap<string, StackArtifact>;
  readonly units: readonly StackUnit[];
  readonly stateful: readonly StatefulResource[];
  /** Reasons not to start (stateful resources without flag or exception); empty means go. */
  readonly refused: readonly string[];
}

/** Synthesizes the stacks to destroy and checks them; nothing is changed yet. */
export function prepareTeardown(
  request: DestroyRequest,
  { workspace, env }: { readonly workspace: Workspace; readonly env: Environment },
): Teardown {
  const { graph, synthesized } =
    request.source.kind === 'workspace'
      ? {
          graph: workspace.graph,
          synthesized: stackArtifacts(workspace, synthesize({ workspace, env, projects: request.projects })),
        }
      : synthesizeAtCommit({
          root: workspace.root,
          commit: request.source.commit,
          env,
          projects: request.projects,
          ...(request.cli ? { cli: request.cli } : {}),
        });
  const stacks = new Map<string, StackArtifact>();
  for (const [id, s] of synthesized)
    stacks.set(id, { ...s, dir: destroyDir(workspace.root, s.projectRoot, env.name, s.stack) });
  const stateful = [...stacks.values()].flatMap((s) => statefulResources(s.stack, s.json));
  const units = teardownUnits(graph, stacks);
  const byUnit = new Map(units.map((u) => [u.id, u.project]));
  const edges = new Map(
    units.flatMap((u) =>
      u.dependsOn.map((d): [string, [string, string]] => [
        `${u.project}>${byUnit.get(d)}`,
        [u.project, byUnit.get(d)!],
      ]),
    ),
  );
  return {
    order: teardownOrder(graph, request.projects),
    edges: [...edges.values()].sort(([a1, b1], [a2, b2]) => a1.localeCompare(a2) || b1.localeCompare(b2)),
    stacks,
    units,
    stateful,
    refused: statefulRefusals(stateful, request.allowStateful ?? false),
  };
}

/** Scheduler units for the stacks, each depending on the stacks of its project's dependencies in its region. */
export function teardownUnits(
  graph: ProjectGraph,
  stacks: ReadonlyMap<string, Pick<StackArtifact, 'project' | 'region' | 'layer'>>,
): StackUnit[] {
  const byName = new Map(graph.projects.map((p) => [p.name, p]));
  const ids = new Map([...stacks].map(([id, s]) => [`${s.project}\u0000${s.region}`, id]));
  return [...stacks].map(([id, s]) => ({
    id,
    project: s.project,
    region: s.region,
    layer: s.layer,
    dependsOn: (byName.get(s.project)?.dependsOn ?? [])
      .map((d) => ids.get(`${d}\u0000${s.region}`))
      .filter((d): d is string => d !== undefined)
      .sort(),
  }));
}

export interface TeardownContext {
  readonly root: string;
  readonly env: string;
  readonly runId: string;
  readonly gitSha: string;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly log: EventLog;
  readonly concurrency: number;
}

export interface TeardownResult {
  readonly ok: boolean;
  readonly stacks: DeployReportStack[];
  readonly errors: string[];
  /** What was (or would have been) lost, and that nothing is rolled back. */
  readonly notes: string[];
}

/**
 * Destroys the stacks dependants first, several at once. A failed destroy leaves the stacks it depends on in
 * place (they end `failed` too, naming it); nothing destroyed is ever rolled back.
 */
export async function runTeardown(teardown: Teardown, ctx: TeardownContext): Promise<TeardownResult> {
  const runner = new TerraformDestroyRunner({ ...ctx, stacks: teardown.stacks });
  const result = await rollbackRun(
    createPlan(teardown.units),
    teardown.units.map((u) => u.id),
    runner,
    {
      concurrency: ctx.concurrency,
      onEvent: (event) => {
        const stack = teardown.stacks.get(event.unit.id);
        if (!stack) return;
        if (event.status === 'rolled_back')
          ctx.log.record(stack, 'destroyed', { at: new Date(event.at), artifactHash: stack.hash });
        if (event.status === 'rollback_failed')
          ctx.log.record(stack, 'failed', {
            at: new Date(event.at),
            ...(event.error ? { error: event.error } : {}),
          });
      },
    },
  );
  const ok = result.status === 'rolled_back';
  return {
    ok,
    stacks: teardownRows(result, teardown.stacks),
    errors: result.errors.map((e) => e.message),
    notes: [
      ...lossNotes(teardown.stateful),
      ok
        ? `Destroyed ${[...runner.destroyed.values()].reduce((n, d) => n + d, 0)} resource(s) in ${runner.destroyed.size} stack(s); a destroy is not rolled back.`
        : 'A destroy failed; what it destroyed stays destroyed (a destroy is not rolled back). Fix the error and destroy again.',
    ],
  };
}

function teardownRows(
  result: RollbackRunResult,
  stacks: ReadonlyMap<string, StackArtifact>,
): DeployReportStack[] {
  const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());
  return result.units.map((o) => ({
    project: o.unit.project,
    stack: stacks.get(o.unit.id)?.stack ?? o.unit.id,
    layer: o.unit.layer,
    region: o.unit.region,
    status: o.status === 'rolled_back' ? 'destroyed' : 'failed',
    startedAt: iso(o.rollbackStartedAt),
    finishedAt: iso(o.rollbackFinishedAt),
    ...(o.rollbackError ? { error: o.rollbackError } : {}),
  }));
}
