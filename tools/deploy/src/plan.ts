import type { Environment } from '@stratum/config';
import { deployOrder, withDependants } from '@stratum/graph';
import type { Ledger } from '@stratum/ledger';
import { synthesize } from '@stratum/synth';
import { mapBounded, type TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import type { PriceSheet } from '@stratum/cost';
import { prepareTeardown, type DestroyRequest } from './destroy';
import { requireEndpoint } from './endpoint';
import {
  assessChangeSet,
  assessSavedPlan,
  type ChangeAssessment,
  type PolicyException,
} from './plan-assessment';
import { planTeardown, type DestroyPlan } from './plan-destroy';
import type { StackPlan } from './stack-plan';
import { planEdges } from './plan-edges';
import { StackTerraform } from './stack-terraform';
import type { ProjectRename } from './rename';
import { planOnMovedState } from './rename-plan';
import { prepareSchemaMigrations } from './schema-migrations';
import { stackArtifacts, type StackArtifact } from './stacks';

export type { StackPlan };

export interface PlanOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly projects: readonly string[];
  readonly settings: TerraformSettings;
  /** Used to skip stacks whose JSON equals their last successful apply. */
  readonly ledger?: Ledger;
  readonly gitSha: string;
  /** Stacks planned at once. @default 4 */
  readonly concurrency?: number;
  /** Plan even unchanged stacks. @default false */
  readonly force?: boolean;
  /** Refuses the change before any plan; returns the reasons (empty = pass). */
  readonly gate?: (stacks: readonly StackArtifact[]) => Promise<string[]> | string[];
  /** Prices each saved plan and scores the change set's risk; omitted = no cost or risk section. */
  readonly priceSheet?: PriceSheet;
  /** Policy exceptions the gate used (read after the gate ran), for the risk score. */
  readonly policyExceptions?: () => readonly PolicyException[];
  /** Stacks the change tears down (deleted projects): planned with `terraform plan -destroy`. */
  readonly destroy?: DestroyRequest;
  /** Projects renamed with `previousName`: planned on the old stack's state, which the deploy moves. */
  readonly renamed?: readonly ProjectRename[];
}

export interface Impact {
  /** Every project downstream of a changed one, in deploy order. */
  readonly dependants: string[];
  readonly services: string[];
  readonly owners: string[];
}

export interface PlanReport {
  readonly env: string;
  readonly gitSha: string;
  /** Projects in deploy order. */
  readonly order: string[];
  /** Deploy order edges among the planned projects, for the Mermaid graph. */
  readonly edges: [string, string][];
  readonly stacks: StackPlan[];
  readonly impact: Impact;
  /** Reasons the policy gate refused; no stack was planned when present. */
  readonly refused: string[];
  /** Monthly cost change, risk score and the approvals they add (with `priceSheet`). */
  readonly assessment?: ChangeAssessment;
  /** What the change destroys, when it deletes projects. */
  readonly destroys?: DestroyPlan;
}

const PLAN_FILE = 'stratum.tfplan';

/**
 * Synthesizes, gates and runs `terraform plan -out` for every changed stack, several at once. Stacks whose
 * JSON equals their last successful apply, and whose upstream outputs are the ones they read then, are
 * reported `unchanged` without running terraform. Reads of upstream outputs that do not exist yet are
 * planned as unknowns (see `planEdges`) and the stack is marked with `placeholders`.
 */
export async function planChange(options: PlanOptions): Promise<PlanReport> {
  const { workspace, env } = options;
  await requireEndpoint(env);
  const artifacts = stackArtifacts(workspace, synthesize({ workspace, env, projects: options.projects }));
  const order = deployOrder(workspace.graph, options.projects);
  const inSet = new Set(order);
  const edges: [string, string][] = workspace.graph.projects
    .filter((p) => inSet.has(p.name))
    .flatMap((p) => p.dependsOn.filter((d) => inSet.has(d)).map((d): [string, string] => [d, p.name]));
  const impact = impactOf(workspace, options.projects);
  const base = { env: env.name, gitSha: options.gitSha, order, edges, impact };
  const refused = [
    ...(options.gate ? await options.gate([...artifacts.values()]) : []),
    ...prepareSchemaMigrations(workspace, options.projects).refused.map((r) => `schema migration: ${r}`),
  ];
  if (refused.length > 0) return { ...base, stacks: [], refused };

  const list = order.flatMap((name) => [...artifacts.values()].filter((a) => a.project === name));
  const started = new Map<string, Promise<StackPlan>>();
  const planOne = async (a: StackArtifact): Promise<StackPlan> => {
    const row = { project: a.project, stack: a.stack, region: a.region, layer: a.layer };
    const edges = await planEdges({
      root: workspace.root,
      env: env.name,
      stack: a,
      force: options.force ?? false,
      upstreamPlan: (stack) => started.get(stack),
      ...(options.ledger ? { ledger: options.ledger } : {}),
    });
    if (!edges.changed) return { ...row, status: 'unchanged' };
    const rename = options.renamed?.find((r) => r.to === a.project);
    let moved: { dir: string; reason: string } | undefined;
    try {
      moved = rename
        ? await planOnMovedState({
            root: workspace.root,
            env,
            settings: options.settings,
            artifact: a,
            rename,
            configDir: edges.dir,
          })
        : undefined;
    } catch (error) {
      return {
        ...row,
        reasons: edges.reasons,
        status: 'failed',
        error: `reading the state of renamed ${rename!.from}: ${(error as Error).message}`,
      };
    }
    const why = {
      reasons: moved ? [...edges.reasons, moved.reason] : edges.reasons,
      ...(edges.placeholders.length ? { placeholders: edges.placeholders } : {}),
    };
    const tf = new StackTerraform(options.settings, moved?.dir ?? edges.dir);
    const init = await tf.init();
    if (!init.ok) return { ...row, ...why, status: 'failed', error: `terraform init: ${init.error}` };
    const plan = await tf.plan(PLAN_FILE, options.gitSha);
    if (!plan.ok) return { ...row, ...why, status: 'failed', error: `terraform plan: ${plan.error}` };
    const assessed = options.priceSheet ? await assessSavedPlan(tf, PLAN_FILE, options.priceSheet) : {};
    return {
      ...row,
      ...why,
      status: 'planned',
      ...(plan.counts ? { counts: plan.counts } : {}),
      ...assessed,
    };
  };
  // Stacks start in deploy order, so an upstream's plan has started before a dependant waits for it.
  const stacks = await mapBounded(list, options.concurrency ?? 4, (a) => {
    const planned = planOne(a);
    started.set(a.stack, planned);
    return planned;
  });
  const destroys = options.destroy
    ? await planTeardown(prepareTeardown(options.destroy, { workspace, env }), {
        settings: options.settings,
        gitSha: options.gitSha,
        concurrency: options.concurrency ?? 4,
        root: workspace.root,
      })
    : undefined;
  const assessment = options.priceSheet
    ? assessChangeSet({
        workspace,
        env,
        sheet: options.priceSheet,
        stacks,
        impact,
        exceptions: options.policyExceptions?.() ?? [],
      })
    : undefined;
  return {
    ...base,
    stacks,
    refused: [],
    ...(destroys ? { destroys } : {}),
    ...(assessment ? { assessment } : {}),
  };
}

/** What a change to `projects` reaches: dependants, their services and owner groups. */
export function impactOf(workspace: Workspace, projects: readonly string[]): Impact {
  const reached = withDependants(workspace.graph, projects);
  const byName = new Map(workspace.graph.projects.map((p) => [p.name, p]));
  const changed = new Set(projects);
  const dependants = deployOrder(workspace.graph, [...reached]).filter((n) => !changed.has(n));
  const all = [...reached].map((n) => byName.get(n)!);
  return {
    dependants,
    services: [...new Set(all.map((p) => p.service).filter((s): s is string => !!s))].sort(),
    owners: [...new Set(all.map((p) => p.owner))].sort(),
  };
}
