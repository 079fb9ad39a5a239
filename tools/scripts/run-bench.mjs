#!/usr/bin/env node
// `npm run bench [-- <name>... [--flag value...]]`: runs every bench/*.bench.ts, or those a name selects, one
// after another, each in its own process. A name that is exactly a bench's name (`scale` for scale.bench.ts)
// selects that bench alone; any other name selects every bench whose file name contains it. Arguments from the
// first one starting with `--` on go to each selected bench (`npm run bench -- portal-scale --events 100000`).
// Benchmarks print tables and ratios; they never fail on a number.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('--'));
const filters = firstFlag < 0 ? args : args.slice(0, firstFlag);
const passThrough = firstFlag < 0 ? [] : args.slice(firstFlag);
const all = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const nameOf = (file) => file.slice(0, -'.bench.ts'.length);
const selects = (filter, file) => (all.some((f) => nameOf(f) === filter) ? nameOf(file) === filter : file.includes(filter));
const benches = all.filter((f) => filters.length === 0 || filters.some((x) => selects(x, f)));
if (benches.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ')}; the benchmarks are: ${all.map(nameOf).join(', ')}.`);
  process.exit(1);
}
let failed = 0;
for (const file of benches) {
  console.log(`\n=== bench/${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file), ...passThrough], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json'), CHECKPOINT_DISABLE: '1' },
  });
  if (result.status !== 0) failed++;
}
if (failed > 0) {
  console.error(`\n${failed} benchmark(s) could not run.`);
  process.exit(1);
}
