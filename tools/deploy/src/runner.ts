import type { ConsumedOutput, Ledger, OutputEdges } from '@stratum/ledger';
import type { ApplyResult, RollbackResult, StackRunner, StackUnit } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { EventLog } from './event-log';
import { importedSince } from './import-forget';
import { readPublishedDigests } from './output-edges';
import { decideStackChange } from './stack-change';
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
 * the environment, and whose upstream outputs (by digest) are the ones it read then, is `unchanged` and runs
 * no terraform; each deployment records the digests of the outputs it publishes and reads. Every applied artifact is stored by content hash,
 * so a rollback re-applies exactly what the stack had before the run, or destroys a stack that is new.
 */
export class TerraformStackRunner implements StackRunner {
  constructor(private readonly o: RunnerOptions) {}

  /** Why each stack this runner planned was planned (unit id → reasons), for the run report. */
  readonly reasons = new Map<string, string[]>();
  /** Problems worth a line in the run report that did not fail a stack. */
  readonly notes: string[] = [];

  async apply(unit: StackUnit): Promise<ApplyResult> {
    const { ledger, env, runId, log, force = false } = this.o;
    const stack = this.artifact(unit);
    const decision = await decideStackChange(ledger, env, stack, force);
    if (!decision.changed) return { status: 'unchanged' };
    this.reasons.set(unit.id, decision.reasons);
    const artifactHash = await ledger.putArtifact(stack.json);
    log.record(stack, 'planning', { artifactHash, reason: decision.reasons.join('; ') });
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
        error: `terraform plan: ${plan.error}${unpublishedHint(decision.placeholders, env)}`,
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
    await ledger.recordDeployment({
      env,
      project: stack.project,
      stack: stack.stack,
      runId,
      artifactHash,
      ...(await this.edgesAfterApply(stack.dir, decision.inputs)),
    });
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
      const forgot = await this.forgetImports(tf, stack, content);
      if (forgot) return forgot;
      const applied = await tf.applyConfig(previousSha);
      if (!applied.ok)
        return {
          ok: false,
          error: `terraform apply (rollback to ${before.artifactHash.slice(0, 12)}): ${applied.error}`,
        };
      const { inputs } = await decideStackChange(ledger, env, { ...stack, json: content }, true);
      await ledger.recordDeployment({
        env,
        project: stack.project,
        stack: stack.stack,
        runId,
        artifactHash: before.artifactHash,
        ...(await this.edgesAfterApply(tf.dir, inputs)),
      });
      return { ok: true };
    }
    // The stack did not exist before this run: destroy what the run created, with the configuration it applied.
    const tf = await this.rollbackWorkdir(stack, stack.json);
    if ('error' in tf) return { ok: false, error: tf.error };
    const forgot = await this.forgetImports(tf, stack, undefined);
    if (forgot) return forgot;
    const destroyed = await tf.destroy(this.o.gitSha);
    if (!destroyed.ok)
      return { ok: false, error: `terraform destroy (the stack was new in this run): ${destroyed.error}` };
    await ledger.recordDeployment({
      env,
      project: stack.project,
      stack: stack.stack,
      runId,
      artifactHash: null,
      edges: { outputs: {}, inputs: [] },
    });
    return { ok: true };
  }

  /**
   * The edges to record with a deployment: the digest of every output the stack in `dir` now publishes and the
   * upstream digests it read. None (unknown, not empty) when the outputs cannot be read; the apply stands.
   */
  private async edgesAfterApply(dir: string, inputs: ConsumedOutput[]): Promise<{ edges?: OutputEdges }> {
    const published = await readPublishedDigests(this.o.settings, dir);
    if (!published.ok) {
      this.notes.push(`${dir}: ${published.error}; its output digests are not recorded`);
      return {};
    }
    return { edges: { outputs: published.outputs, inputs } };
  }

  /**
   * Before a rollback to `before` (undefined: the stack is destroyed): resources this run's configuration imported
   * and `before` does not declare leave the state (`terraform state rm`), so the rollback forgets them instead of
   * destroying what existed before Stratum managed it. Returns a failure, or undefined to go on.
   */
  private async forgetImports(
    tf: StackTerraform,
    stack: StackArtifact,
    before: string | undefined,
  ): Promise<RollbackResult | undefined> {
    const forgotten = await tf.forget(importedSince(stack.json, before));
    if (!forgotten.ok)
      return { ok: false, error: `terraform state rm (imported resources, kept in AWS): ${forgotten.error}` };
    if (forgotten.forgotten?.length)
      this.notes.push(
        `${stack.stack}: rolled back without destroying ${forgotten.forgotten.join(', ')} (imported by the run): removed from the state, still in AWS.`,
      );
    return undefined;
  }

  /** Writes `content` as the stack's rollback configuration and initialises terraform there. */
  private async rollbackWorkdir(
    stack: StackArtifact,
    content: string,
  ): Promise<StackTerraform | { error: string }> {
    const dir = rollbackDir(this.o.root, stack.projectRoot, this.o.env, stack.stack);
    const { tf, init } = await StackTerraform.workingCopy(
      this.o.settings,
      dir,
      content,
      this.lockWatch(stack),
    );
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

/** A hint for a failed plan that read outputs its upstreams have not published (never applied there). */
function unpublishedHint(placeholders: readonly string[], env: string): string {
  if (placeholders.length === 0) return '';
  const projects = [...new Set(placeholders.map((p) => p.split('.')[0]!))];
  return (
    `\nIt reads ${placeholders.join(', ')}, not published in ${env} yet: deploy ${projects.join(', ')} first ` +
    `(or in the same run: \`stratum deploy --env ${env} --projects ${projects.join(',')},...\`).`
  );
}
