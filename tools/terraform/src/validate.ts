import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TerraformSettings } from './cli-config';
import { mapBounded } from './bounded';
import { initSerially } from './init';
import { runTerraform, terraformError } from './run';

export interface ValidateTarget {
  /** Display name, e.g. `network-us-east-1`. */
  readonly stack: string;
  /** Absolute folder holding cdk.tf.json. */
  readonly dir: string;
  /** Content hash of cdk.tf.json; identical configurations are validated once. */
  readonly hash: string;
}

export interface ValidateResult {
  readonly stack: string;
  readonly valid: boolean;
  /** True when an earlier run validated the same content with the same terraform. */
  readonly cached: boolean;
  readonly error?: string;
}

export interface ValidateOptions {
  readonly settings: TerraformSettings;
  /** Folder for the "validated" markers (content hash → ok). */
  readonly cacheDir: string;
  /** Stacks validated at once. @default 2 */
  readonly concurrency?: number;
}

/**
 * `terraform init -backend=false` + `terraform validate` in every stack folder, offline through the
 * configured provider source, a few at a time. Results come back in the order of `targets`.
 */
export async function validateStacks(
  targets: readonly ValidateTarget[],
  options: ValidateOptions,
): Promise<ValidateResult[]> {
  const { settings, cacheDir, concurrency = 2 } = options;
  mkdirSync(cacheDir, { recursive: true });
  return mapBounded(targets, concurrency, (target) => validateOne(target, settings, cacheDir));
}

async function validateOne(
  target: ValidateTarget,
  settings: TerraformSettings,
  cacheDir: string,
): Promise<ValidateResult> {
  const marker = join(cacheDir, `${target.hash}.ok`);
  if (existsSync(marker)) return { stack: target.stack, valid: true, cached: true };
  const init = await initSerially(settings, target.dir, ['-backend=false']);
  if (init.exitCode !== 0) {
    return {
      stack: target.stack,
      valid: false,
      cached: false,
      error: `terraform init failed: ${terraformError(init)}`,
    };
  }
  const validate = await runTerraform(settings, ['validate', '-no-color'], target.dir);
  if (validate.exitCode !== 0)
    return { stack: target.stack, valid: false, cached: false, error: terraformError(validate) };
  writeFileSync(marker, `${target.stack}\n`);
  return { stack: target.stack, valid: true, cached: false };
}
