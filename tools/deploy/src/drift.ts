import { join } from 'node:path';
import { stackFolder, type Environment } from '@stratum/config';
import { stackName } from '@stratum/constructs';
import type { Ledger } from '@stratum/ledger';
import { mapBounded, terraformError, type TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { requireEndpoint } from './endpoint';
import { plannedCorrections, type AttributeDrift } from './drift-diff';
import { StackTerraform } from './stack-terraform';

export interface DriftOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  /** Projects to check (default: every project). */
  readonly projects?: readonly string[];
  readonly gitSha: string;
  readonly actor: string;
  readonly trigger: string;
  /** Stacks checked at once. @default 4 */
  readonly concurrency?: number;
}

export interface StackDrift {
  readonly project: string;
  readonly stack: string;
  readonly status: 'clean' | 'drifted' | 'not_deployed' | 'error';
  readonly findings: readonly AttributeDrift[];
  readonly error?: string;
}

export interface DriftReport {
  readonly runId: string;
  readonly env: string;
  readonly drifted: boolean;
  readonly stacks: StackDrift[];
}

const PLAN_FILE = 'stratum-drift.tfplan';

/**
 * Compares every deployed stack with the real resources: `terraform plan -detailed-exitcode` of the artifact
 * the stack was last deployed with (not the current code) and that deployment's commit, so anything the plan
 * would change is a difference between the real resources and what was deployed; each such resource and
 * attribute is named. A refresh-only plan is not used: it also lists attributes that other resources of the
 * same stack set after the apply (a queue's policy written by its policy resource, a role's inline policies,
 * a bucket's versioning), which are not drift. Recorded as a run of kind `drift` with its findings.
 */
export async function checkDrift(options: DriftOptions): Promise<DriftReport> {
  const { workspace, env, ledger } = options;
  await requireEndpoint(env);
  const run = await ledger.createRun({
    kind: 'drift',
    env: env.name,
    gitSha: options.gitSha,
    actor: options.actor,
    trigger: options.trigger,
  });
  const names = options.projects ?? [...workspace.projects.keys()];
  const jobs = names.flatMap((name) =>
    env.regions.map((region) => ({ project: workspace.projects.get(name)!, stack: stackName(name, region) })),
  );
  let results: StackDrift[] = [];
  async function checkStack(project: string, projectRoot: string, stack: string): Promise<StackDrift> {
    const deployed = await ledger.lastDeployment(env.name, stack);
    if (!deployed?.artifactHash) return { project, stack, status: 'not_deployed', findings: [] };
    const content = await ledger.getArtifact(deployed.artifactHash);
    if (content === undefined)
      return {
        project,
        stack,
        status: 'error',
        findings: [],
        error: `artifact ${deployed.artifactHash} missing from the ledger`,
      };
    const dir = join(workspace.root, stackFolder(projectRoot, env.name, 'drift', stack));
    const { tf, init } = await StackTerraform.workingCopy(options.settings, dir, content);
    if (!init.ok)
      return { project, stack, status: 'error', findings: [], error: `terraform init: ${init.error}` };
    // The deployed commit, so the git-sha default tag is what the apply set (else every resource drifts on it).
    const deployedSha = (await ledger.getRun(deployed.runId))?.gitSha ?? 'unversioned';
    const plan = await tf.driftPlan(PLAN_FILE, deployedSha);
    if (plan.exitCode === 0) return { project, stack, status: 'clean', findings: [] };
    if (plan.exitCode !== 2)
      return { project, stack, status: 'error', findings: [], error: terraformError(plan) };
    const shown = await tf.showJson(PLAN_FILE);
    if (shown.exitCode !== 0)
      return { project, stack, status: 'error', findings: [], error: terraformError(shown) };
    const findings = plannedCorrections(shown.stdout);
    return { project, stack, status: findings.length > 0 ? 'drifted' : 'clean', findings };
  }
  let status: 'succeeded' | 'failed' = 'succeeded';
  let error: string | null = null;
  try {
    results = await mapBounded(jobs, options.concurrency ?? 4, ({ project, stack }) =>
      checkStack(project.name, project.root, stack),
    );
    for (const r of results) {
      if (r.findings.length === 0) continue;
      await ledger.recordDrift(
        run.id,
        env.name,
        r.findings.map((f) => ({
          project: r.project,
          stack: r.stack,
          resourceAddress: f.address,
          attribute: f.attribute,
          expected: f.expected,
          actual: f.actual,
        })),
      );
    }
    const errors = results.filter((r) => r.status === 'error');
    if (errors.length > 0) {
      status = 'failed';
      error = errors.map((r) => `${r.stack}: ${r.error}`).join('\n');
    }
  } catch (caught) {
    status = 'failed';
    error = caught instanceof Error ? caught.message : String(caught);
    throw caught;
  } finally {
    await ledger.finishRun(run.id, { status, error });
  }
  return {
    runId: run.id,
    env: env.name,
    drifted: results.some((r) => r.status === 'drifted'),
    stacks: results,
  };
}
