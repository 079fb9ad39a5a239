#!/usr/bin/env node
// `npm start`: the main job on embedded defaults.
//   1. `stratum graph` and `stratum synth --env local` (the portal's adoption checks read the synthesized stacks),
//   2. the portal backend on http://localhost:7007 (tools/scripts/portal.mjs: SQLite, guest sign-in, the
//      ledger at .stratum/ledger.db or STRATUM_LEDGER). The frontend (:3000) arrives with the portal frontend.
// `npm start -- --check [env]` instead synthesizes and validates every stack with real terraform and exits.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../cli/bin/stratum.cjs', import.meta.url));
const portal = fileURLToPath(new URL('./portal.mjs', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const env = args.find((a) => !a.startsWith('--')) ?? 'local';

function stratum(...verb) {
  console.log(`\n$ stratum ${verb.join(' ')}`);
  const result = spawnSync(process.execPath, [cli, ...verb], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

stratum('graph');
stratum('synth', '--env', env);
if (check) {
  stratum('validate', '--env', env);
  console.log(`\nAll stacks for '${env}' synthesized and valid: <project>/cdktf.out/${env}/stacks/<stack>/cdk.tf.json`);
  process.exit(0);
}
console.log('\nStarting the portal backend (Ctrl-C stops it). Deploy history appears after `npm run demo`.');
const result = spawnSync(process.execPath, [portal], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 0);
