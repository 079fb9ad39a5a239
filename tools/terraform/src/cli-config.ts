import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/** Default location of the provider mirror on Stratum's build image. */
export const DEFAULT_MIRROR = '/opt/tf-plugins';
const CONFIG_DIR = 'tools/terraform/config';

export interface TerraformSettings {
  /** The terraform executable. @default `STRATUM_TERRAFORM_BIN` or `terraform` on PATH */
  readonly bin: string;
  /** Environment for every terraform process: CLI config, plugin cache, no checkpoint calls. */
  readonly env: NodeJS.ProcessEnv;
  /** Which provider source is in use, for messages. */
  readonly providerSource: string;
}

/**
 * Decides how terraform finds providers: an explicit `STRATUM_TF_CLI_CONFIG`, else the shipped mirror config
 * when a mirror exists (`STRATUM_PROVIDER_MIRROR` or /opt/tf-plugins), else the registry config. A mirror at
 * another path gets a generated copy of the mirror config under `.stratum/`. Providers are linked from one
 * plugin cache, so each stack's `terraform init` takes well under a second and copies nothing.
 */
export function terraformSettings(root: string, env: NodeJS.ProcessEnv = process.env): TerraformSettings {
  const mirror = env.STRATUM_PROVIDER_MIRROR ?? DEFAULT_MIRROR;
  let configFile: string;
  let providerSource: string;
  if (env.STRATUM_TF_CLI_CONFIG) {
    configFile = isAbsolute(env.STRATUM_TF_CLI_CONFIG)
      ? env.STRATUM_TF_CLI_CONFIG
      : join(root, env.STRATUM_TF_CLI_CONFIG);
    providerSource = `CLI config ${env.STRATUM_TF_CLI_CONFIG}`;
  } else if (existsSync(join(mirror, 'registry.terraform.io'))) {
    configFile = mirrorConfig(root, mirror);
    providerSource = `provider mirror ${mirror}`;
  } else {
    configFile = join(root, CONFIG_DIR, 'registry.tfrc');
    providerSource = 'public registry';
  }
  const pluginCache = join(root, '.stratum', 'plugin-cache');
  mkdirSync(pluginCache, { recursive: true });
  return {
    bin: env.STRATUM_TERRAFORM_BIN || 'terraform',
    providerSource,
    env: {
      ...env,
      TF_CLI_CONFIG_FILE: configFile,
      TF_PLUGIN_CACHE_DIR: pluginCache,
      // Link the cached provider as it is instead of re-installing it while other stacks load it (see init.ts).
      TF_PLUGIN_CACHE_MAY_BREAK_DEPENDENCY_LOCK_FILE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
    },
  };
}

function mirrorConfig(root: string, mirror: string): string {
  const shipped = join(root, CONFIG_DIR, 'mirror.tfrc');
  if (mirror === DEFAULT_MIRROR) return shipped;
  const generated = join(root, '.stratum', 'mirror.tfrc');
  const text = readFileSync(shipped, 'utf8').replace(`"${DEFAULT_MIRROR}"`, JSON.stringify(mirror));
  mkdirSync(join(root, '.stratum'), { recursive: true });
  writeFileSync(generated, text);
  return generated;
}
