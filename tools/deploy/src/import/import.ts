import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UsageError, type Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import { runPolicy } from '@stratum/policy';
import { synthesize } from '@stratum/synth';
import type { TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { requireEndpoint } from '../endpoint';
import { StackTerraform } from '../stack-terraform';
import { stackArtifacts, type StackArtifact } from '../stacks';
import { importModule, wireIntoStack, type GeneratedResource } from './codegen';
import { FileChanges } from './files';
import { checkImportPlan, importPlanProblems, type ImportPlanCheck, type PlannedImport } from './plan-check';
import { readImported } from './read';
import type { ImportTarget } from './request';
import { resourceSchema, writtenArguments } from './schema';

export interface ImportOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly project: string;
  readonly region: string;
  readonly targets: readonly ImportTarget[];
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly gitSha: string;
  readonly actor: string;
  readonly trigger: string;
}

export interface ImportReport {
  readonly runId: string;
  readonly env: string;
  readonly project: string;
  readonly stack: string;
  readonly status: 'planned' | 'refused';
  /** Files written (workspace-relative); none when refused. */
  readonly files: string[];
  /** Resources the plan imports, with the arguments it would change on them (`tags_all`: Stratum's tags). */
  readonly imports: { address: string; id: string; changes: string[] }[];
  /** The plan's other counts: 0 each, or the import was refused. */
  readonly counts: { adds: number; changes: number; destroys: number };
  readonly problems: string[];
  /** What the policy gate says about the imported resources (the next deploy's gate refuses `blocking` ones). */
  readonly policy: ImportPolicyFinding[];
}

export interface ImportPolicyFinding {
  readonly address: string;
  readonly rule: string;
  readonly severity: string;
  readonly blocking: boolean;
  readonly message: string;
  readonly fix: string;
  /** Companion resources the finding is about, e.g. the bucket's `aws_s3_bucket_public_access_block`. */
  readonly evidence: readonly string[];
}

/**
 * `stratum import`: brings existing resources into a project. The provider reads each one (a plan of the
 * project's stack with import blocks), typed code is written for them through the construct library
 * (`src/imported/<env>-<name>.ts`, wired into `src/stack.ts`), and the project is planned again to show that
 * the plan imports them and changes nothing else. When it would, the files are put back and the import is
 * refused. The next `stratum deploy` applies the import. Recorded as a run of kind `import`.
 */
export async function importResources(options: ImportOptions): Promise<ImportReport> {
  const { workspace, env, ledger, targets } = options;
  const project = workspace.projects.get(options.project)!;
  const artifact = synthStack(options);
  const existing = (JSON.parse(artifact.json) as { resource?: Record<string, Record<string, unknown>> })
    .resource;
  for (const t of targets)
    if (existing?.[t.type]?.[t.name])
      throw new UsageError(
        `stratum import: ${t.address} is already in ${project.name}'s code (${artifact.stack}); pick another name.`,
      );
  const stackFile = join(workspace.root, project.entry);
  const stackSource = readFileSync(stackFile, 'utf8');
  const firstModule = importModule(
    env.name,
    options.region,
    targets.map((target) => ({ target, schema: {}, args: {} })),
  );
  wireIntoStack(stackSource, project.entry, firstModule); // throws before anything is read or written
  const moduleFile = join(workspace.root, project.root, 'src', `${firstModule.modulePath}.ts`);
  const moduleRel = relative(workspace.root, moduleFile);
  await requireEndpoint(env);

  const run = await ledger.createRun({
    kind: 'import',
    env: env.name,
    gitSha: options.gitSha,
    actor: options.actor,
    trigger: options.trigger,
  });
  const event = {
    project: project.name,
    stack: artifact.stack,
    layer: project.layer,
    region: options.region,
  };
  const files = new FileChanges();
  let report: ImportReport | undefined;
  try {
    await ledger.recordStackEvent(run.id, { ...event, status: 'planning', reason: describe(targets) });
    const read = await readImported({
      root: workspace.root,
      env: env.name,
      artifact,
      targets,
      settings: options.settings,
      gitSha: options.gitSha,
    });
    const before = checkImportPlan(read.planJson, targets);
    const pending = [
      ...before.missing.map((a) => `${a}: the plan does not import it`),
      ...before.others.map(
        (o) =>
          `${o.address}: would ${o.actions.join(' and ')} (a change already pending in ${project.name}: deploy or revert it first)`,
      ),
    ];
    if (pending.length > 0) return (report = refused(options, run.id, artifact, before, pending));

    const generate = (keep: ReadonlyMap<string, ReadonlySet<string>>): GeneratedResource[] =>
      targets.map((target) => {
        const schema = resourceSchema(read.schemaJson, target.type);
        if (!schema) throw new Error(`the provider's schema has no resource type ${target.type}`);
        const planned = before.imports.find((i) => i.address === target.address)!;
        const keepSet = keep.get(target.address);
        return {
          target,
          schema,
          args: writtenArguments(schema, planned.read, {
            importId: target.id,
            ...(keepSet ? { keep: keepSet } : {}),
          }),
        };
      });
    let keep = new Map<string, ReadonlySet<string>>();
    let check: ImportPlanCheck | undefined;
    let written: StackArtifact = artifact;
    // Twice at most: a plan that shows an argument must be written (it would change otherwise) adds it back.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const module = importModule(env.name, options.region, generate(keep));
      files.write(moduleFile, module.source, { create: attempt === 0 });
      if (attempt === 0) files.write(stackFile, wireIntoStack(stackSource, project.entry, module));
      ({ check, artifact: written } = await verifyPlan(options, artifact.stack));
      const missingArgs = new Map(
        check.imports
          .map((i): [string, string[]] => [i.address, i.changes.filter((c) => c !== 'tags_all')])
          .filter(([, c]) => c.length > 0)
          .map(([a, c]) => [a, new Set([...(keep.get(a) ?? []), ...c])]),
      );
      if (missingArgs.size === 0 || check.others.length > 0) break;
      keep = missingArgs;
    }
    const policy = policyOf(options, written);
    const problems = [
      ...importPlanProblems(check!),
      ...policy
        .filter((f) => f.blocking)
        .map(
          (f) =>
            `${f.address}: ${f.rule} (${f.severity}) would refuse the next deploy: ${f.message} Fix: ${f.fix} ` +
            `(import the companion resource in the same command, e.g. aws_s3_bucket_public_access_block.<name>=<bucket>, or add it to the code first)`,
        ),
    ];
    if (problems.length > 0) {
      files.undo();
      return (report = { ...refused(options, run.id, artifact, check!, problems), policy });
    }
    return (report = {
      runId: run.id,
      env: env.name,
      project: project.name,
      stack: artifact.stack,
      status: 'planned',
      files: [moduleRel, project.entry],
      imports: check!.imports.map(summary),
      counts: { adds: 0, changes: 0, destroys: 0 },
      problems: [],
      policy,
    });
  } catch (error) {
    files.undo();
    throw error;
  } finally {
    const ok = report?.status === 'planned';
    await ledger.recordStackEvent(run.id, {
      ...event,
      status: ok ? 'succeeded' : 'failed',
      reason: ok
        ? `${describe(targets)}: ${report!.files.join(', ')} written; deploy applies the import`
        : null,
      error: ok ? null : (report?.problems.join('\n') ?? 'import failed'),
    });
    await ledger.finishRun(run.id, {
      status: ok ? 'succeeded' : 'failed',
      error: ok ? null : (report?.problems.join('\n') ?? 'import failed'),
    });
  }
}

function describe(targets: readonly ImportTarget[]): string {
  return `import ${targets.map((t) => `${t.address}=${t.id}`).join(', ')}`;
}

function summary(i: PlannedImport): { address: string; id: string; changes: string[] } {
  return { address: i.address, id: i.id, changes: i.changes };
}

function refused(
  options: ImportOptions,
  runId: string,
  artifact: StackArtifact,
  check: ImportPlanCheck,
  problems: string[],
): ImportReport {
  const count = (action: string) => check.others.filter((o) => o.actions.includes(action)).length;
  return {
    runId,
    env: options.env.name,
    project: options.project,
    stack: artifact.stack,
    status: 'refused',
    files: [],
    imports: check.imports.map(summary),
    counts: { adds: count('create'), changes: count('update'), destroys: count('delete') },
    problems,
    policy: [],
  };
}

/** The policy gate's findings (blocking and warnings) on the imported resources, as the next deploy sees them. */
function policyOf(options: ImportOptions, artifact: StackArtifact): ImportPolicyFinding[] {
  const addresses = new Set(options.targets.map((t) => t.address));
  const report = runPolicy({ files: [join(artifact.dir, 'cdk.tf.json')], env: options.env });
  return [...report.violations, ...report.warnings, ...report.unknown]
    .filter((f) => addresses.has(f.address) || f.evidence.some((e) => addresses.has(e)))
    .map((f) => ({
      address: f.address,
      rule: f.rule,
      severity: f.severity,
      blocking: f.blocking,
      message: f.message,
      fix: f.fix,
      evidence: f.evidence,
    }));
}

/** Synthesizes the project (fresh: its modules are loaded again) and returns the stack of the region. */
function synthStack(options: ImportOptions): StackArtifact {
  const { workspace, env, project, region } = options;
  const projectDir = join(workspace.root, workspace.projects.get(project)!.root) + '/';
  for (const key of Object.keys(require.cache)) if (key.startsWith(projectDir)) delete require.cache[key];
  const artifacts = stackArtifacts(workspace, synthesize({ workspace, env, projects: [project] }));
  const found = [...artifacts.values()].find((a) => a.region === region);
  if (!found) throw new Error(`${project} has no stack in ${env.name} ${region}`);
  return found;
}

/** Synthesizes the project with the written code and plans its stack: what the next deploy would do. */
async function verifyPlan(
  options: ImportOptions,
  stack: string,
): Promise<{ check: ImportPlanCheck; artifact: StackArtifact }> {
  const artifact = synthStack(options);
  const tf = new StackTerraform(options.settings, artifact.dir);
  const init = await tf.init();
  if (!init.ok) throw new Error(`${stack}: terraform init: ${init.error}`);
  const plan = await tf.plan('stratum-import-check.tfplan', options.gitSha);
  if (!plan.ok) throw new Error(`${stack}: terraform plan with the written code: ${plan.error}`);
  const shown = await tf.showJson('stratum-import-check.tfplan');
  if (shown.exitCode !== 0) throw new Error(`${stack}: terraform show: ${shown.stderr}`);
  return { check: checkImportPlan(shown.stdout, options.targets), artifact };
}
