import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapBounded, type TerraformSettings } from '@stratum/terraform';
import type { Teardown } from './destroy';
import { removeFolder } from './destroy-runner';
import type { StackPlan } from './stack-plan';
import { StackTerraform } from './stack-terraform';
import { lossNotes } from './stateful';
import type { StackArtifact } from './stacks';

/** The destroy part of a plan report. */
export interface DestroyPlan {
  /** Projects to destroy, dependants first. */
  readonly order: string[];
  /** `[dependant, dependency]` among them: the dependant is destroyed first. */
  readonly edges: [string, string][];
  /** One `terraform plan -destroy` per stack: `counts.destroys` is what goes. */
  readonly stacks: StackPlan[];
  /** What the destroy loses (stateful resources), one line each. */
  readonly lost: string[];
  /** Why deploy would refuse the destroy (stateful resources without flag or exception). */
  readonly refused: string[];
}

const PLAN_FILE = 'stratum-destroy.tfplan';

/** Plans the teardown without changing anything: `terraform plan -destroy` per stack, several at once. */
export async function planTeardown(
  teardown: Teardown,
  {
    settings,
    gitSha,
    concurrency,
    root,
  }: {
    readonly settings: TerraformSettings;
    readonly gitSha: string;
    readonly concurrency: number;
    readonly root: string;
  },
): Promise<DestroyPlan> {
  const byProject = new Map(teardown.order.map((p, i) => [p, i]));
  const list = [...teardown.stacks.values()].sort(
    (a, b) => byProject.get(a.project)! - byProject.get(b.project)! || a.region.localeCompare(b.region),
  );
  const planOne = async (a: StackArtifact): Promise<StackPlan> => {
    const row = { project: a.project, stack: a.stack, region: a.region, layer: a.layer };
    mkdirSync(a.dir, { recursive: true });
    writeFileSync(join(a.dir, 'cdk.tf.json'), a.json);
    try {
      const tf = new StackTerraform(settings, a.dir);
      const init = await tf.init();
      if (!init.ok) return { ...row, status: 'failed', error: `terraform init: ${init.error}` };
      const plan = await tf.planDestroy(PLAN_FILE, gitSha);
      if (!plan.ok) return { ...row, status: 'failed', error: `terraform plan -destroy: ${plan.error}` };
      return { ...row, status: 'planned', ...(plan.counts ? { counts: plan.counts } : {}) };
    } finally {
      removeFolder(root, a.dir);
    }
  };
  return {
    order: [...teardown.order],
    edges: teardown.edges.map(([a, b]): [string, string] => [a, b]),
    stacks: await mapBounded(list, concurrency, planOne),
    lost: lossNotes(teardown.stateful),
    refused: [...teardown.refused],
  };
}
