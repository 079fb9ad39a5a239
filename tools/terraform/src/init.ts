import { runTerraform, type TerraformResult } from './run';
import type { TerraformSettings } from './cli-config';

let chain: Promise<unknown> = Promise.resolve();

/**
 * `terraform init` (with `args`), one at a time in this process and retried once: inits share the plugin
 * cache (TF_PLUGIN_CACHE_DIR), which terraform does not guard against concurrent writers — two first-time
 * inits race to create the same provider folder ("file exists"), possibly from another process. With the cache
 * warm an init takes well under a second, so queueing costs little.
 */
export function initSerially(
  settings: TerraformSettings,
  dir: string,
  args: readonly string[] = [],
): Promise<TerraformResult> {
  const work = async (): Promise<TerraformResult> => {
    const first = await runTerraform(settings, ['init', '-input=false', '-no-color', ...args], dir);
    if (first.exitCode === 0) return first;
    return runTerraform(settings, ['init', '-input=false', '-no-color', ...args], dir);
  };
  const result = chain.then(work, work);
  chain = result.catch(() => undefined);
  return result;
}
