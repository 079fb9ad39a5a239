import { join } from 'node:path';
import { stackFolder, type Environment } from '@stratum/config';
import { stackName } from '@stratum/constructs';
import type { Ledger, NewComplianceFinding } from '@stratum/ledger';
import { evaluatePolicy, settingsOf, type Finding, type TerraformDocument } from '@stratum/policy';
import { mapBounded, terraformError, type TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { requireEndpoint } from '../endpoint';
import { StackTerraform } from '../stack-terraform';
import { resourceIdOf, stateDocument, type ShownState } from './state-document';

export interface ComplianceOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  /** Projects to check (default: every project). */
  readonly projects?: readonly string[];
  readonly gitSha: string;
  readonly actor: string;
  readonly trigger: string;
  /** Stacks read at once. @default 4 */
  readonly concurrency?: number;
  /** The clock suppressions expire against. @default new Date() */
  readonly now?: Date;
}

export interface ComplianceStack {
  readonly project: string;
  readonly stack: string;
  readonly status: 'checked' | 'not_deployed' | 'error';
  readonly error?: string;
}

export interface ComplianceReport {
  readonly runId: string;
  readonly env: string;
  readonly profile: string;
  /** Blocking findings under the environment's profile: each fails the check. */
  readonly findings: readonly NewComplianceFinding[];
  /** Findings below the blocking severity: reported, not failing. */
  readonly warnings: readonly NewComplianceFinding[];
  readonly stacks: readonly ComplianceStack[];
}

const PLAN_FILE = 'stratum-compliance.tfplan';

/**
 * Runs the policy rules over what is deployed, not over the code: for every deployed stack, a refresh-only
 * plan of its deployed artifact reads the real resources, and the refreshed state is judged by the same
 * rules and profile as the gate. A console edit that breaks a rule is therefore caught. Each finding names
 * the rule, the resource and its cloud id, and the owning project, service and owner group. Recorded as a
 * run of kind `compliance` (failed when a blocking finding or a stack error is found) with its findings.
 */
export async function checkCompliance(options: ComplianceOptions): Promise<ComplianceReport> {
  const { workspace, env, ledger } = options;
  await requireEndpoint(env);
  const run = await ledger.createRun({
    kind: 'compliance',
    env: env.name,
    gitSha: options.gitSha,
    actor: options.actor,
    trigger: options.trigger,
  });
  const names = options.projects ?? [...workspace.projects.keys()];
  const jobs = names.flatMap((name) =>
    env.regions.map((region) => ({ project: workspace.projects.get(name)!, stack: stackName(name, region) })),
  );
  const documents = new Map<string, { project: string; stack: string; document: TerraformDocument }>();

  async function readStack(project: string, projectRoot: string, stack: string): Promise<ComplianceStack> {
    const deployed = await ledger.lastDeployment(env.name, stack);
    if (!deployed?.artifactHash) return { project, stack, status: 'not_deployed' };
    const content = await ledger.getArtifact(deployed.artifactHash);
    if (content === undefined)
      return {
        project,
        stack,
        status: 'error',
        error: `artifact ${deployed.artifactHash} missing from the ledger`,
      };
    const dir = join(workspace.root, stackFolder(projectRoot, env.name, 'compliance', stack));
    const { tf, init } = await StackTerraform.workingCopy(options.settings, dir, content);
    if (!init.ok) return { project, stack, status: 'error', error: `terraform init: ${init.error}` };
    const deployedSha = (await ledger.getRun(deployed.runId))?.gitSha ?? 'unversioned';
    const plan = await tf.refreshOnlyPlan(PLAN_FILE, deployedSha);
    if (plan.exitCode !== 0) return { project, stack, status: 'error', error: terraformError(plan) };
    const shown = await tf.showJson(PLAN_FILE);
    if (shown.exitCode !== 0) return { project, stack, status: 'error', error: terraformError(shown) };
    const file = `${stack} (deployed state in ${env.name})`;
    const comment = (JSON.parse(content) as Record<string, unknown>)['//'];
    documents.set(file, {
      project,
      stack,
      document: stateDocument(JSON.parse(shown.stdout) as ShownState, file, comment),
    });
    return { project, stack, status: 'checked' };
  }

  let status: 'succeeded' | 'failed' = 'succeeded';
  let error: string | null = null;
  try {
    const stacks = await mapBounded(jobs, options.concurrency ?? 4, ({ project, stack }) =>
      readStack(project.name, project.root, stack),
    );
    const policy = evaluatePolicy(
      [...documents.values()].map((d) => d.document),
      { settings: settingsOf(env), ...(options.now ? { now: options.now } : {}) },
    );
    const own = (f: Finding): NewComplianceFinding => {
      const where = documents.get(f.file)!;
      const project = workspace.projects.get(where.project);
      return {
        project: where.project,
        stack: where.stack,
        service: project?.service ?? null,
        owner: project?.owner ?? 'unknown',
        rule: f.rule,
        checkov: f.checkov,
        severity: f.severity,
        resourceAddress: f.address,
        resourceId: resourceIdOf(where.document, f.address),
        message: f.message,
      };
    };
    const findings = policy.violations.map(own);
    const warnings = policy.warnings.map(own);
    await ledger.recordComplianceFindings(run.id, env.name, findings);
    const errors = stacks.filter((s) => s.status === 'error');
    if (findings.length > 0 || errors.length > 0) {
      status = 'failed';
      error = [
        ...(findings.length > 0 ? [`${findings.length} compliance finding(s)`] : []),
        ...errors.map((s) => `${s.stack}: ${s.error}`),
      ].join('\n');
    }
    return { runId: run.id, env: env.name, profile: policy.profile, findings, warnings, stacks };
  } catch (caught) {
    status = 'failed';
    error = caught instanceof Error ? caught.message : String(caught);
    throw caught;
  } finally {
    await ledger.finishRun(run.id, { status, error });
  }
}
