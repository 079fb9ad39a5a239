import type { Environment } from '@stratum/config';
import { deployOrder, withDependants } from '@stratum/graph';
import type { Ledger } from '@stratum/ledger';
import { synthesize } from '@stratum/synth';
import { mapBounded, type TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { prepareTeardown, type DestroyRequest } from './destroy';
import { requireEndpoint } from './endpoint';
import { planTeardown, type DestroyPlan } from './plan-destroy';
import { StackTerraform, type PlanCounts } from './stack-terraform';
import { stackArtifacts, type StackArtifact } from './stacks';

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
  /** Stacks the change tears down (deleted projects): planned with `terraform plan -destroy`. */
  readonly destroy?: DestroyRequest;
}

export interface StackPlan {
  readonly project: string;
  readonly stack: string;
  readonly region: string;
  readonly layer: string;
  readonly status: 'planned' | 'unchanged' | 'failed';
  readonly counts?: PlanCounts;
  readonly error?: string;
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
  /** What the change destroys, when it deletes projects. */
  readonly destroys?: DestroyPlan;
}

const PLAN_FILE = 'stratum.tfplan';

/**
 * Synthesizes, gates and runs `terraform plan -out` for every changed stack, several at once. Stacks whose
 * JSON equals their last successful apply are reported `unchanged` without running terraform.
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
  const refused = options.gate ? await options.gate([...artifacts.values()]) : [];
  if (refused.length > 0) return { ...base, stacks: [], refused };

  const list = order.flatMap((name) => [...artifacts.values()].filter((a) => a.project === name));
  const planOne = async (a: StackArtifact): Promise<StackPlan> => {
    const row = { project: a.project, stack: a.stack, region: a.region, layer: a.layer };
    if (!options.force && options.ledger) {
      const last = await options.ledger.lastDeployment(env.name, a.stack);
      if (last?.artifactHash === a.hash) return { ...row, status: 'unchanged' };
    }
    const tf = new StackTerraform(options.settings, a.dir);
    const init = await tf.init();
    if (!init.ok) return { ...row, status: 'failed', error: `terraform init: ${init.error}` };
    const plan = await tf.plan(PLAN_FILE, options.gitSha);
    if (!plan.ok) return { ...row, status: 'failed', error: `terraform plan: ${plan.error}` };
    return { ...row, status: 'planned', ...(plan.counts ? { counts: plan.counts } : {}) };
  };
  const stacks = await mapBounded(list, options.concurrency ?? 4, planOne);
  if (!options.destroy) return { ...base, stacks, refused: [] };
  const destroys = await planTeardown(prepareTeardown(options.destroy, { workspace, env }), {
    settings: options.settings,
    gitSha: options.gitSha,
    concurrency: options.concurrency ?? 4,
    root: workspace.root,
  });
  return { ...base, stacks, refused: [], destroys };
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
