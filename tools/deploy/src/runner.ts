import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ledger } from '@stratum/ledger';
import type { ApplyResult, RollbackResult, StackRunner, StackUnit } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { EventLog } from './event-log';
import { StackTerraform } from './stack-terraform';
import { rollbackDir, type StackArtifact } from './stacks';
import type { TerraformLockRecorder } from './tf-locks';

export interface RunnerOptions {
  readonly root: string;
  readonly env: string;
  readonly runId: string;
  readonly gitSha: string;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly stacks: ReadonlyMap<string, StackArtifact>;
  readonly log: EventLog;
  /** The run whose changes `rollback` undoes (the state before it is restored). @default runId */
  readonly rollbackOf?: string;
  /** Apply even when the synthesized JSON equals the last successful apply. @default false */
  readonly force?: boolean;
  /** Records the Terraform state locks the run takes (S3 lockfile), for a takeover to clear. @default none */
  readonly locks?: TerraformLockRecorder;
}

const PLAN_FILE = 'stratum.tfplan';

/**
 * Applies and rolls back stacks with real terraform. A stack whose JSON equals its last successful apply in
 * the environment is `unchanged` and runs no terraform. Every applied artifact is stored by content hash,
 * so a rollback re-applies exactly what the stack had before the run, or destroys a stack that is new.
 */
export class TerraformStackRunner implements StackRunner {
  constructor(private readonly o: RunnerOptions) {}

  async apply(unit: StackUnit): Promise<ApplyResult> {
    const { ledger, env, runId, log, force = false } = this.o;
    const stack = this.artifact(unit);
    if (!force) {
      const last = await ledger.lastDeployment(env, stack.stack);
      if (last?.artifactHash === stack.hash) return { status: 'unchanged' };
    }
    const artifactHash = await ledger.putArtifact(stack.json);
    log.record(stack, 'planning', { artifactHash });
    const tf = new StackTerraform(this.o.settings, stack.dir, this.lockWatch(stack));
    const init = await tf.init();
    if (!init.ok)
      return {
        status: 'failed',
        changed: false,
        exitCode: init.exitCode,
        error: `terraform init: ${init.error}`,
      };
    const plan = await tf.plan(PLAN_FILE, this.o.gitSha);
    if (!plan.ok)
      return {
        status: 'failed',
        changed: false,
        exitCode: plan.exitCode,
        error: `terraform plan: ${plan.error}`,
      };
    log.record(stack, 'applying', {
      artifactHash,
      plan: plan.counts
        ? { adds: plan.counts.adds, changes: plan.counts.changes, destroys: plan.counts.destroys }
        : null,
    });
    const applied = await tf.applyPlan(PLAN_FILE);
    if (!applied.ok)
      return { status: 'failed', exitCode: applied.exitCode, error: `terraform apply: ${applied.error}` };
    await ledger.recordDeployment({ env, project: stack.project, stack: stack.stack, runId, artifactHash });
    return { status: 'succeeded', exitCode: 0 };
  }

  /**
   * Puts the stack back to the artifact it had before this run (applied in a separate folder at the same
   * depth), or destroys it when it did not exist before; records the result as a deployment.
   */
  async rollback(unit: StackUnit): Promise<RollbackResult> {
    const { ledger, env, runId, rollbackOf = runId } = this.o;
    const stack = this.artifact(unit);
    const before = await ledger.deploymentBefore(rollbackOf, env, stack.stack);
    if (before?.artifactHash) {
      const content = await ledger.getArtifact(before.artifactHash);
      if (content === undefined)
        return {
          ok: false,
          error: `artifact ${before.artifactHash} of ${stack.stack} is missing from the ledger`,
        };
      const previousSha = (await ledger.getRun(before.runId))?.gitSha ?? 'unversioned';
      const tf = await this.rollbackWorkdir(stack, content);
      if ('error' in tf) return { ok: false, error: tf.error };
      const applied = await tf.applyConfig(previousSha);
      if (!applied.ok)
        return {
          ok: false,
          error: `terraform apply (rollback to ${before.artifactHash.slice(0, 12)}): ${applied.error}`,
        };
      await ledger.recordDeployment({
        env,
        project: stack.project,
        stack: stack.stack,
        runId,
        artifactHash: before.artifactHash,
      });
      return { ok: true };
    }
    // The stack did not exist before this run: destroy what the run created, with the configuration it applied.
    const tf = await this.rollbackWorkdir(stack, stack.json);
    if ('error' in tf) return { ok: false, error: tf.error };
    const destroyed = await tf.destroy(this.o.gitSha);
    if (!destroyed.ok)
      return { ok: false, error: `terraform destroy (the stack was new in this run): ${destroyed.error}` };
    await ledger.recordDeployment({
      env,
      project: stack.project,
      stack: stack.stack,
      runId,
      artifactHash: null,
    });
    return { ok: true };
  }

  /** Writes `content` as the stack's rollback configuration and initialises terraform there. */
  private async rollbackWorkdir(
    stack: StackArtifact,
    content: string,
  ): Promise<StackTerraform | { error: string }> {
    const dir = rollbackDir(this.o.root, stack.projectRoot, this.o.env, stack.stack);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'cdk.tf.json'), content);
    const tf = new StackTerraform(this.o.settings, dir, this.lockWatch(stack));
    const init = await tf.init();
    return init.ok ? tf : { error: `terraform init (rollback): ${init.error}` };
  }

  private lockWatch(stack: StackArtifact): { recorder: TerraformLockRecorder; stack: string } | undefined {
    return this.o.locks ? { recorder: this.o.locks, stack: stack.stack } : undefined;
  }

  private artifact(unit: StackUnit): StackArtifact {
    const stack = this.o.stacks.get(unit.id);
    if (!stack) throw new Error(`no synthesized stack for ${unit.id}; synthesize before deploying`);
    return stack;
  }
}
