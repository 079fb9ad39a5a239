#!/usr/bin/env node
// `npm start`: the main job on embedded defaults. Until the portal lands this synthesizes every project
// for the `local` environment and validates the result with real terraform (offline through the provider
// mirror when one exists). Pass another environment with `npm start -- dev`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = fileURLToPath(new URL('../cli/bin/stratum.cjs', import.meta.url));
const env = process.argv[2] ?? 'local';

for (const verb of ['graph', 'synth', 'validate']) {
  const args = verb === 'graph' ? [bin, verb] : [bin, verb, '--env', env];
  console.log(`\n$ stratum ${args.slice(1).join(' ')}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log(`\nAll stacks for '${env}' synthesized and valid. Output: <project>/cdktf.out/${env}/stacks/<stack>/cdk.tf.json`);
