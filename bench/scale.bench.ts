/**
 * Scale benchmark on a generated workspace of 1,000 projects (10 shared, 330 services x 3 stacks,
 * bench/lib/generate-workspace.ts), one region (dev):
 *   1. CLI start-up: a verb loads only its own modules (tools/cli/src/registry.ts) against `--help`, which
 *      loads every command as each invocation did before.
 *   2. `stratum graph --json` and `stratum affected` (a service stack edited): goal < 5 s.
 *   3. `stratum synth --env dev` of all 1,000 projects: wall time and peak memory, goal < 90 s and < 2 GiB.
 *   4. Scheduler makespan on this workspace's DAG with a fake terraform at 1 s per apply, at 1, 8 and 32
 *      workers, default order (layer, name) against longest-path-first, beside max(critical path, work / k):
 *      goal <= 1.05x at 32. On a virtual clock (simulated seconds, no real waiting). Also with apply times
 *      spread 0.5-3 s (seeded), where the order matters more.
 * Wall times are medians of STRATUM_BENCH_RUNS (default 3) runs, except synth (1 run).
 * Run: npm run bench -- scale   (STRATUM_BENCH_SKIP_SYNTH=1 leaves out step 3)
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planDeployment } from '@stratum/orchestrator';
import { seededRandom } from '@stratum/orchestrator/src/testing';
import { loadWorkspace } from '@stratum/workspace';
import { generateWorkspace } from './lib/generate-workspace';
import { makespan } from './lib/makespan';
import { cpuMs, measure, medianOf, table, type Measurement } from './lib/measure';

const root = join(__dirname, '..');
const RUNS = Number(process.env.STRATUM_BENCH_RUNS ?? 3);
const GiB = 1024;

const started = Date.now();
const ws = generateWorkspace(join(root, '.stratum', 'bench', 'scale-1000'), { shared: 10, services: 330 });
console.log(
  `generated ${ws.projects.length} projects in ${((Date.now() - started) / 1000).toFixed(1)} s: ${ws.root}\n`,
);
/**
 * The generated workspace holds copies of the libraries its stacks import; the CLI must load the same copies
 * (a StratumStack from this repository is another class), so the rest of tools/ is copied beside them (and
 * committed) and the copy's CLI runs.
 */
function copyCliInto(dir: string): string {
  const tracked = spawnSync('git', ['ls-files', '-z', '--', 'tools'], { cwd: root, encoding: 'utf8' });
  for (const path of tracked.stdout.split('\0').filter(Boolean)) {
    if (/^tools\/portal/.test(path) || /\.test\.tsx?$/.test(path) || existsSync(join(dir, path))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(root, path), join(dir, path));
  }
  // Committed, so `affected --base HEAD` sees only the bench's own edit.
  for (const args of [
    ['add', '-A'],
    ['-c', 'user.email=bench@stratum.invalid', '-c', 'user.name=bench', 'commit', '-qm', 'cli'],
  ])
    spawnSync('git', args, { cwd: dir });
  return join(dir, 'tools', 'cli', 'bin', 'stratum.cjs');
}
const cli = copyCliInto(ws.root);
const env = { ...process.env, STRATUM_ROOT: ws.root, TSX_TSCONFIG_PATH: join(ws.root, 'tsconfig.json') };
const stratum = (runs: number, ...args: string[]) =>
  medianOf(runs, () => measure(process.execPath, [cli, ...args], { cwd: ws.root, env }));
const s = (ms: number) => (ms / 1000).toFixed(2);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
const row = (what: string, m: Measurement, goal: string) => [what, s(m.wallMs), s(cpuMs(m)), m.peakMiB, goal];

// 1 + 2: start-up, graph, affected.
const eager = stratum(RUNS, '--help');
const lazy = stratum(RUNS, 'graph', '--help');
const graph = stratum(RUNS, 'graph', '--json');
appendFileSync(join(ws.root, 'services/svc-001/data/src/stack.ts'), '// bench\n');
const affected = stratum(RUNS, 'affected', '--base', 'HEAD', '--json');
measure('git', ['checkout', '--', '.'], { cwd: ws.root });
const saved = eager.wallMs - lazy.wallMs;
const both = graph.wallMs + affected.wallMs;
console.log(
  table(
    ['1,000 projects', 'wall s', 'cpu s', 'MiB', 'goal'],
    [
      row('start-up, every command loaded (--help; every verb before)', eager, ''),
      row('start-up, one command loaded (graph --help)', lazy, ''),
      row('stratum graph --json', graph, ''),
      row('stratum affected (a service stack edited)', affected, ''),
      ['graph + affected', s(both), '', '', `< 5 s: ${met(both < 5000)}`],
      ['graph + affected with eager start-up (+2 x the start-up saved)', s(both + 2 * saved), '', '', ''],
    ],
  ),
);

// 3: full synth.
if (process.env.STRATUM_BENCH_SKIP_SYNTH !== '1') {
  const synth = stratum(1, 'synth', '--env', 'dev');
  console.log(
    `\nstratum synth --env dev, ${ws.projects.length} projects, one process: ${s(synth.wallMs)} s wall, ${s(cpuMs(synth))} s cpu, ` +
      `peak ${synth.peakMiB.toFixed(0)} MiB (goal < 90 s and < 2 GiB: ${met(synth.wallMs < 90_000 && synth.peakMiB < 2 * GiB)})`,
  );
}

// 4: scheduler makespan on the workspace's own DAG.
async function schedule(): Promise<void> {
  const workspace = loadWorkspace(ws.root);
  const plan = planDeployment(workspace.graph, {
    projects: workspace.projects.keys(),
    regions: ['us-east-1'],
  });
  const random = seededRandom(15);
  const shapes: [string, Map<string, number>][] = [
    ['1 s each', new Map(plan.units.map((u) => [u.id, 1000]))],
    ['0.5-3 s', new Map(plan.units.map((u) => [u.id, Math.round(500 + 2500 * random())]))],
  ];
  const rows: (string | number)[][] = [];
  for (const [shape, durations] of shapes) {
    for (const workers of [1, 8, 32]) {
      const m = await makespan(plan, durations, workers);
      rows.push([
        shape,
        String(workers),
        s(m.criticalPathMs),
        s(m.workMs / workers),
        s(m.boundMs),
        s(m.defaultMs),
        `${(m.defaultMs / m.boundMs).toFixed(3)}x`,
        s(m.longestPathMs),
        `${(m.longestPathMs / m.boundMs).toFixed(3)}x`,
      ]);
    }
  }
  console.log(
    `\nScheduler makespan, ${plan.units.length} stacks of this workspace (one region), fake terraform on a virtual clock ` +
      '(simulated seconds; the bench takes about a second per row). k workers = k slots of the one scheduler ' +
      '(runDeployment): the single process at concurrency k, and the order a coordinator hands out to k workers.',
  );
  console.log(
    table(
      [
        'apply',
        'k',
        'crit path s',
        'work/k s',
        'bound s',
        'default s',
        'default/bound',
        'longest-first s',
        'longest/bound',
      ],
      rows,
    ),
  );
  const at32 = rows.filter((r) => r[1] === '32').map((r) => Number(String(r[8]).slice(0, -1)));
  console.log(
    `longest-path-first at 32 workers: worst ${Math.max(...at32).toFixed(3)}x the bound (goal <= 1.05x: ${met(Math.max(...at32) <= 1.05)})`,
  );
}

void schedule();
