// Plans across upstream outputs that do not exist yet: a copy of the stack whose reads of them are unknowns.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stackFolder } from '@stratum/config';

/**
 * The stack's configuration with the named `terraform_remote_state` data sources read only at apply time: their
 * backend points at a path that is unknown during plan (`timestamp()`), so terraform defers the read and every
 * `outputs.<name>` of them is "known after apply". (Their `defaults` cannot do this: a remote state with no
 * stored state is an error whatever the defaults.) The result is only ever planned, never applied.
 */
export function placeholderConfig(stackJson: string, deferred: readonly string[]): string {
  const config = JSON.parse(stackJson) as {
    data?: { terraform_remote_state?: Record<string, Record<string, unknown>> };
  };
  const sources = config.data?.terraform_remote_state ?? {};
  for (const id of deferred) {
    if (!(id in sources))
      throw new Error(`the stack has no terraform_remote_state ${JSON.stringify(id)} to plan with unknowns`);
    sources[id] = {
      backend: 'local',
      config: { path: '${timestamp()}' },
      '//': { stratum: 'placeholder: read at apply time, so its outputs are unknown in this plan' },
    };
  }
  return JSON.stringify(config, null, 2);
}

/**
 * Where a placeholder plan runs: `<project>/cdktf.out/<env>/placeholder/<stack>`, at the same depth as the synth
 * folder so that the stack's relative local-state paths point at the same state file. Never applied from.
 */
export function placeholderDir(root: string, projectRoot: string, env: string, stack: string): string {
  return join(root, stackFolder(projectRoot, env, 'placeholder', stack));
}

/** Writes the placeholder configuration into its folder (temp file, then rename). */
export function writePlaceholderStack(dir: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.cdk.tf.json.${process.pid}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, join(dir, 'cdk.tf.json'));
}
