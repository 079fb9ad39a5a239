/**
 * Synth benchmark.
 * 1. `stratum synth --env dev` of every example project against `cdktf synth` (cdktf-cli 0.21.0, one run per
 *    project, as a per-project pipeline does), on the same projects; ratio printed. Target: >= 5x. The CLI only
 *    runs the app (tools/synth/src/cdktf-app.ts), whose stacks are built with cdktn like stratum synth's, so
 *    the ratio measures one process against a process per project. cdktf-cli stays the baseline: it runs on
 *    Node 20, where cdktn-cli (Node >= 22.19) does not.
 * 2. Scaling: `stratum synth --env dev` with 10, 50 and 100 generated services (clones of payments): wall time
 *    and peak memory. Target: 100 services under 10 s and under 1 GiB.
 * cdktf-cli is installed on first use into .bench-tools/ (git-ignored), outside the workspace's dependency tree.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkspace } from '@stratum/workspace';
import { measure, medianOf, table } from './lib/measure';
import { benchWorkspace } from './lib/workspace-copy';

const root = join(__dirname, '..');
const cli = join(root, 'tools', 'cli', 'bin', 'stratum.cjs');
const env = 'dev';

function stratumSynth(workspace: string) {
  return measure(process.execPath, [cli, 'synth', '--env', env], {
    cwd: workspace,
    env: { ...process.env, STRATUM_ROOT: workspace },
  });
}

function cdktfCli(): string {
  const dir = join(root, '.bench-tools', 'cdktf-cli');
  const bin = join(dir, 'node_modules', '.bin', 'cdktf');
  if (!existsSync(bin)) {
    console.log('installing cdktf-cli@0.21.0 into .bench-tools/cdktf-cli (once) ...');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "name": "bench-tools", "private": true }\n');
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', 'cdktf-cli@0.21.0'], {
      cwd: dir,
      stdio: 'inherit',
    });
    if (result.status !== 0) throw new Error('could not install cdktf-cli@0.21.0 from the npm registry');
  }
  return bin;
}

function cdktfSynthAll(): { wallMs: number; peakMiB: number; projects: number } {
  const bin = cdktfCli();
  const projects = [...loadWorkspace(root).projects.keys()];
  const app = `${process.execPath} ${join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs')} ${join(root, 'tools', 'synth', 'src', 'cdktf-app.ts')}`;
  let wallMs = 0;
  let peakMiB = 0;
  for (const project of projects) {
    const dir = mkdtempSync(join(tmpdir(), `cdktf-${project}-`));
    writeFileSync(
      join(dir, 'cdktf.json'),
      JSON.stringify({
        language: 'typescript',
        app,
        output: 'cdktf.out',
        projectId: `bench-${project}`,
        sendCrashReports: 'false',
      }),
    );
    const m = measure(bin, ['synth'], {
      cwd: dir,
      env: {
        ...process.env,
        CHECKPOINT_DISABLE: '1',
        CI: '1',
        STRATUM_ROOT: root,
        STRATUM_PROJECT: project,
        STRATUM_ENV: env,
        TSX_TSCONFIG_PATH: join(root, 'tsconfig.json'),
      },
    });
    wallMs += m.wallMs;
    peakMiB = Math.max(peakMiB, m.peakMiB);
  }
  return { wallMs, peakMiB, projects: projects.length };
}

const ours = medianOf(3, () => stratumSynth(root));
const baseline = cdktfSynthAll();
console.log(`\nSynth of the example workspace (${baseline.projects} projects, env ${env}):`);
console.log(
  table(
    ['tool', 'wall ms', 'peak MiB'],
    [
      ['stratum synth (one process)', ours.wallMs, ours.peakMiB],
      ['cdktf synth (per project)', baseline.wallMs, baseline.peakMiB],
    ],
  ),
);
console.log(
  `ratio: stratum synth is ${(baseline.wallMs / ours.wallMs).toFixed(1)}x faster than cdktf synth (target >= 5x)`,
);

console.log('\nScaling with generated services (each a clone of payments: data, app, security, monitoring):');
const rows: (string | number)[][] = [];
for (const count of [10, 50, 100]) {
  const ws = benchWorkspace(root, `synth-${count}`, count);
  const m = medianOf(1, () => stratumSynth(ws));
  const stacks = /(\d+) stack\(s\)/.exec(m.output)?.[1] ?? '?';
  rows.push([
    String(count),
    stacks,
    m.wallMs,
    m.peakMiB,
    m.wallMs < 10_000 && m.peakMiB < 1024 ? 'yes' : 'NO',
  ]);
}
console.log(table(['services', 'stacks', 'wall ms', 'peak MiB', 'within 10 s / 1 GiB'], rows));
