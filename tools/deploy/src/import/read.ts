import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GIT_SHA_VARIABLE } from '@stratum/constructs';
import { initSerially, runTerraform, terraformError, type TerraformSettings } from '@stratum/terraform';
import type { StackArtifact } from '../stacks';
import type { ImportTarget } from './request';
import { stackFolder } from '@stratum/config';

/** What the provider read for the targets, from a plan of the stack with their import blocks. */
export interface ImportRead {
  /** `terraform show -json` of that plan. */
  readonly planJson: string;
  /** `terraform providers schema -json`. */
  readonly schemaJson: string;
  /** Terraform's own generated configuration (HCL), kept beside the plan for reference. */
  readonly generatedConfig: string;
}

export const GENERATED_CONFIG = 'stratum-generated.tf';
const PLAN_FILE = 'stratum-import.tfplan';

/**
 * Plans the stack as synthesized plus one import block per target, in a scratch folder beside the stack
 * (`cdktf.out/<env>/import/<stack>`, the same depth, so its relative state path resolves), with
 * `-generate-config-out`: terraform asks the provider to read each resource. Nothing is applied or written
 * to the project. Throws with terraform's error (e.g. the id does not exist) when the plan fails.
 */
export async function readImported(options: {
  readonly root: string;
  readonly env: string;
  readonly artifact: StackArtifact;
  readonly targets: readonly ImportTarget[];
  readonly settings: TerraformSettings;
  readonly gitSha: string;
}): Promise<ImportRead> {
  const { artifact } = options;
  const dir = join(options.root, stackFolder(artifact.projectRoot, options.env, 'import', artifact.stack));
  mkdirSync(dir, { recursive: true });
  for (const stale of [GENERATED_CONFIG, PLAN_FILE])
    if (existsSync(join(dir, stale))) rmSync(join(dir, stale));
  writeFileSync(join(dir, 'cdk.tf.json'), artifact.json);
  writeFileSync(
    join(dir, 'stratum-import.tf.json'),
    JSON.stringify({ import: options.targets.map((t) => ({ to: t.address, id: t.id })) }, null, 2),
  );
  const init = await initSerially(options.settings, dir);
  if (init.exitCode !== 0) throw new Error(`${artifact.stack}: terraform init: ${terraformError(init)}`);
  const plan = await runTerraform(
    options.settings,
    [
      'plan',
      '-input=false',
      '-no-color',
      `-generate-config-out=${GENERATED_CONFIG}`,
      `-out=${PLAN_FILE}`,
      '-lock-timeout=60s',
      `-var=${GIT_SHA_VARIABLE}=${options.gitSha}`,
    ],
    dir,
  );
  if (plan.exitCode !== 0)
    throw new Error(
      `${artifact.stack}: reading ${options.targets.map((t) => `${t.address}=${t.id}`).join(', ')}: ${terraformError(plan)}`,
    );
  const shown = await runTerraform(options.settings, ['show', '-json', '-no-color', PLAN_FILE], dir);
  if (shown.exitCode !== 0) throw new Error(`${artifact.stack}: terraform show: ${terraformError(shown)}`);
  const schema = await runTerraform(options.settings, ['providers', 'schema', '-json'], dir, {
    maxOutputBytes: 200_000_000,
  });
  if (schema.exitCode !== 0)
    throw new Error(`${artifact.stack}: terraform providers schema: ${terraformError(schema)}`);
  const generated = join(dir, GENERATED_CONFIG);
  return {
    planJson: shown.stdout,
    schemaJson: schema.stdout,
    generatedConfig: existsSync(generated) ? readFileSync(generated, 'utf8') : '',
  };
}
