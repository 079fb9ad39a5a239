#!/usr/bin/env node
// `npm start`: the main job on embedded defaults.
//   1. `stratum graph` and `stratum synth --env local` (the portal's adoption checks read the synthesized stacks),
//   2. the portal (tools/scripts/portal.mjs): the backend on http://localhost:7007 (SQLite, guest sign-in, the
//      ledger at .stratum/ledger.db or STRATUM_LEDGER) and the frontend on http://localhost:3000 (a production build
//      of tools/portal/app, rebuilt only when its sources changed). Options after `--` go to portal.mjs (e.g. --dev).
// `npm start -- --check [env]` instead synthesizes and validates every stack with real terraform, builds the
// frontend, and exits.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from '../portal/app/scripts/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('../cli/bin/stratum.cjs', import.meta.url));
const portal = fileURLToPath(new URL('./portal.mjs', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const portalFlags = new Set(['--dev', '--rebuild', '--no-frontend', '--production']);
const env = args.find((a, i) => !a.startsWith('--') && !/^--(app-)?port$/.test(args[i - 1] ?? '')) ?? 'local';

function stratum(...verb) {
  console.log(`\n$ stratum ${verb.join(' ')}`);
  const result = spawnSync(process.execPath, [cli, ...verb], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

stratum('graph');
stratum('synth', '--env', env);
if (check) {
  stratum('validate', '--env', env);
  console.log(
    `\nAll stacks for '${env}' synthesized and valid: <project>/cdktf.out/${env}/stacks/<stack>/cdk.tf.json`,
  );
  try {
    ensureBuild({ force: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  console.log('The portal frontend builds: tools/portal/app/dist');
  process.exit(0);
}
console.log('\nStarting the portal (Ctrl-C stops it). Deploy history appears after `npm run demo`.');
const portalArgs = args.filter(
  (a, i) => portalFlags.has(a) || /^--(app-)?port$/.test(a) || /^--(app-)?port$/.test(args[i - 1] ?? ''),
);
const result = spawnSync(process.execPath, [portal, ...portalArgs], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 0);
