/**
 * Affected benchmark: `stratum affected` on a generated workspace of 1,000 projects (10 shared, 330 services x
 * 3 stacks, bench/lib/generate-workspace.ts), for four kinds of change, side by side with two baselines that
 * know less: `git diff --name-only` alone (no input model) and `nx show projects --affected` (Nx's own
 * file-to-project mapping over this plugin's graph). Goal: `stratum affected` under 5 s. Median of 3 runs.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWorkspace } from './lib/generate-workspace';
import { cpuMs, measure, medianOf, table, type Measurement } from './lib/measure';

const root = join(__dirname, '..');
const cli = join(root, 'tools', 'cli', 'bin', 'stratum.cjs');
const nxDir = join(root, 'node_modules', 'nx');
const nx = join(
  nxDir,
  (JSON.parse(readFileSync(join(nxDir, 'package.json'), 'utf8')) as { bin: { nx: string } }).bin.nx,
);
const RUNS = Number(process.env.STRATUM_BENCH_RUNS ?? 3);
const GOAL_MS = 5000;

const started = Date.now();
const ws = generateWorkspace(join(root, '.stratum', 'bench', 'affected-1000'), { shared: 10, services: 330 });
console.log(
  `generated ${ws.projects.length} projects in ${((Date.now() - started) / 1000).toFixed(1)} s: ${ws.root}`,
);

const env = {
  ...process.env,
  STRATUM_ROOT: ws.root,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_TUI: 'false',
};
const run = (command: string, args: string[]) =>
  medianOf(RUNS, () => measure(command, args, { cwd: ws.root, env }));
const stratum = (...extra: string[]) =>
  run(process.execPath, [cli, 'affected', '--base', 'HEAD', '--json', ...extra]);
const count = (m: Measurement) =>
  (JSON.parse(m.output.slice(0, m.output.indexOf('\n\tCommand being timed'))) as { deploy: string[] }).deploy
    .length;

const SCENARIOS: { name: string; file: string; extra?: string[] }[] = [
  { name: 'a service stack edit', file: 'services/svc-001/data/src/stack.ts' },
  { name: 'an slo.yaml edit', file: 'services/svc-002/slo.yaml' },
  { name: 'a shared project edit', file: 'shared-infra/lib-01/src/stack.ts' },
  {
    name: 'a tools/slo edit (importers)',
    file: 'tools/slo/src/duration.ts',
    extra: ['--precision', 'importers'],
  },
];

const rows: (string | number)[][] = [];
for (const scenario of SCENARIOS) {
  appendFileSync(join(ws.root, scenario.file), scenario.file.endsWith('.yaml') ? '# bench\n' : '// bench\n');
  const ours = stratum(...(scenario.extra ?? []));
  const diff = run('git', ['diff', '--name-only', 'HEAD']);
  const nxAffected = run(process.execPath, [nx, 'show', 'projects', '--affected', '--base=HEAD']);
  const nxCount = nxAffected.output.split('\n').filter((l) => /^[a-z][a-z0-9-]*$/.test(l.trim())).length;
  rows.push([
    scenario.name,
    ours.wallMs,
    cpuMs(ours),
    count(ours),
    ours.peakMiB,
    diff.wallMs,
    nxAffected.wallMs,
    cpuMs(nxAffected),
    nxCount,
  ]);
  measure('git', ['checkout', '--', '.'], { cwd: ws.root });
}

console.log(
  table(
    [
      'change (1,000 projects)',
      'stratum affected ms',
      'cpu ms',
      'selected',
      'MiB',
      'git diff only ms',
      'nx show --affected ms',
      'nx cpu ms',
      'nx selected',
    ],
    rows,
  ),
);
const worst = Math.max(...rows.map((r) => r[1] as number));
console.log(
  `slowest stratum affected: ${(worst / 1000).toFixed(2)} s wall, ${(Math.max(...rows.map((r) => r[2] as number)) / 1000).toFixed(2)} s cpu (goal < ${GOAL_MS / 1000} s wall: ${worst < GOAL_MS ? 'met' : 'NOT met'}); wall above cpu is waiting on a busy machine.`,
);
