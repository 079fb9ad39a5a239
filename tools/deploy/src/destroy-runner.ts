import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Ledger } from '@stratum/ledger';
import type { ApplyResult, RollbackResult, StackRunner, StackUnit } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { EventLog } from './event-log';
import { StackTerraform } from './stack-terraform';
import type { StackArtifact } from './stacks';

export interface DestroyRunnerOptions {
  readonly root: string;
  readonly env: string;
  readonly runId: string;
  readonly gitSha: string;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  /** The stacks to tear down by unit id; `dir` is where terraform runs (see destroyDir). */
  readonly stacks: ReadonlyMap<string, StackArtifact>;
  readonly log: EventLog;
}

const PLAN_FILE = 'stratum-destroy.tfplan';

/**
 * Tears stacks down with real terraform: `plan -destroy -out`, then apply that plan, in a folder at the synth
 * depth holding the stack's JSON. Driven by the orchestrator's teardown scheduling (`rollbackRun`: dependants
 * first; a failed destroy keeps what it depends on), so its work is `rollback`; `apply` is never called.
 * A destroyed stack is recorded as a deployment without artifact: the ledger no longer counts it as existing.
 */
export class TerraformDestroyRunner implements StackRunner {
  constructor(private readonly o: DestroyRunnerOptions) {}

  apply(unit: StackUnit): Promise<ApplyResult> {
    return Promise.reject(new Error(`${unit.id}: a destroy runner only tears stacks down`));
  }

  async rollback(unit: StackUnit): Promise<RollbackResult> {
    const { ledger, env, runId, log } = this.o;
    const stack = this.o.stacks.get(unit.id);
    if (!stack) return { ok: false, error: `no Terraform JSON for ${unit.id} to destroy it with` };
    mkdirSync(stack.dir, { recursive: true });
    writeFileSync(join(stack.dir, 'cdk.tf.json'), stack.json);
    log.record(stack, 'planning');
    const tf = new StackTerraform(this.o.settings, stack.dir);
    const init = await tf.init();
    if (!init.ok) return { ok: false, error: `terraform init (destroy): ${init.error}` };
    const plan = await tf.planDestroy(PLAN_FILE, this.o.gitSha);
    if (!plan.ok) return { ok: false, error: `terraform plan -destroy: ${plan.error}` };
    const counts = plan.counts
      ? { adds: plan.counts.adds, changes: plan.counts.changes, destroys: plan.counts.destroys }
      : null;
    log.record(stack, 'applying', { plan: counts });
    const applied = await tf.applyPlan(PLAN_FILE);
    if (!applied.ok) return { ok: false, error: `terraform apply (destroy plan): ${applied.error}` };
    await ledger.recordDeployment({
      env,
      project: stack.project,
      stack: stack.stack,
      runId,
      artifactHash: null,
    });
    this.destroyed.set(unit.id, counts?.destroys ?? 0);
    removeFolder(this.o.root, stack.dir);
    return { ok: true };
  }

  /** Resources each destroyed unit removed, by unit id. */
  readonly destroyed = new Map<string, number>();
}

/** Removes the destroy folder, then every parent left empty (a deleted project's folder), never above `root`. */
export function removeFolder(root: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (let parent = dirname(dir); parent.startsWith(`${root}/`); parent = dirname(parent)) {
    try {
      rmdirSync(parent);
    } catch {
      return;
    }
  }
}
