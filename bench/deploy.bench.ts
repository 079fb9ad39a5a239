/**
 * The real end-to-end deploy of the example workspace to `local`: every shipped project deployed with real
 * terraform against a moto server of its own (free port, temp workspace under .stratum/tmp, own ledger),
 * then deployed again with nothing changed. Per stack: wall time (the scheduler's start to finish), split into
 * terraform time (each terraform process timed by a wrapper set as STRATUM_TERRAFORM_BIN) and our own time
 * (ledger, artifact hashing, scheduling, process spawns). Synthesis and the policy gate happen before the
 * first stack starts and are shown on their own line.
 *
 * Run: node --import tsx bench/deploy.bench.ts [--concurrency 4] [--projects a,b]   (needs terraform and moto_server)
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { e2eSkipReason, World } from '../tools/deploy/src/e2e/world';
import { table } from './lib/measure';

interface ReportStack {
  project: string;
  stack: string;
  layer: string;
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  error?: string;
}
interface Report {
  runId: string;
  status: string;
  stacks: ReportStack[];
}
interface TerraformCall {
  readonly startMs: number;
  readonly endMs: number;
  readonly dir: string;
  readonly command: string;
}

const concurrency = valueArg('--concurrency') ?? '4';
const projects = valueArg('--projects');
const targets = projects ? ['--projects', projects] : ['--all'];

function valueArg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A terraform wrapper that appends `start_ns end_ns exit -chdir=<dir> <command>` per call to `log`. */
function timingWrapper(world: World, terraform: string): { bin: string; log: string } {
  const bin = join(world.root, '.stratum', 'terraform-timed.sh');
  const log = join(world.root, '.stratum', 'terraform-calls.log');
  writeFileSync(
    bin,
    `#!/usr/bin/env bash\nstart=$(date +%s%N)\n${JSON.stringify(terraform)} "$@"\nrc=$?\necho "$start $(date +%s%N) $rc $1 $2" >> ${JSON.stringify(log)}\nexit $rc\n`,
  );
  chmodSync(bin, 0o755);
  return { bin, log };
}

function readCalls(log: string): TerraformCall[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [start, end, , chdir, command] = line.split(' ');
      return {
        startMs: Number(start) / 1e6,
        endMs: Number(end) / 1e6,
        dir: (chdir ?? '').replace(/^-chdir=/, ''),
        command: command ?? '?',
      };
    });
}

async function main(): Promise<void> {
  let reason: string | undefined;
  try {
    reason = e2eSkipReason();
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  if (reason) {
    console.log(`skipped: ${reason}`);
    return;
  }
  const world = await World.create('bench-deploy', { example: true });
  try {
    const { bin, log } = timingWrapper(world, process.env.STRATUM_TERRAFORM_BIN || 'terraform');
    world.env.STRATUM_TERRAFORM_BIN = bin;

    const started = performance.now();
    const startedEpoch = Date.now();
    const first = await world.cliJson<Report>(
      'deploy',
      '--env',
      'local',
      ...targets,
      '--concurrency',
      concurrency,
    );
    const firstWall = performance.now() - started;
    if (first.json.status !== 'succeeded') {
      console.log(`The example did not deploy to local (run ${first.json.status}); failing stacks:`);
      for (const s of first.json.stacks.filter((x) => x.error))
        console.log(`  ${s.stack} ${s.status}: ${s.error!.split('\n').slice(0, 3).join(' | ')}`);
    }
    const calls = readCalls(log);
    const rows = first.json.stacks
      .filter((s) => s.startedAt && s.finishedAt)
      .sort((a, b) => Date.parse(a.startedAt!) - Date.parse(b.startedAt!))
      .map((s) => {
        const wallMs = Date.parse(s.finishedAt!) - Date.parse(s.startedAt!);
        const mine = calls.filter((c) => c.dir.endsWith(`/stacks/${s.stack}`));
        const by = (command: string) =>
          mine.filter((c) => c.command === command).reduce((sum, c) => sum + c.endMs - c.startMs, 0);
        const tfMs = mine.reduce((sum, c) => sum + c.endMs - c.startMs, 0);
        const oursMs = Math.max(0, wallMs - tfMs);
        return { s, wallMs, tfMs, oursMs, init: by('init'), plan: by('plan'), apply: by('apply') };
      });
    const firstStart = Math.min(...rows.map((r) => Date.parse(r.s.startedAt!)));
    const lastEnd = Math.max(...rows.map((r) => Date.parse(r.s.finishedAt!)));
    console.log(
      `Deploy of the example to local (concurrency ${concurrency}, ${rows.length} stacks, run ${first.json.runId}: ${first.json.status})\n`,
    );
    console.log(
      table(
        [
          'stack',
          'layer',
          'status',
          'wall s',
          'init s',
          'plan s',
          'apply s',
          'terraform s',
          'ours ms',
          'ours %',
        ],
        rows.map((r) => [
          r.s.stack,
          r.s.layer,
          r.s.status,
          r.wallMs / 1000,
          r.init / 1000,
          r.plan / 1000,
          r.apply / 1000,
          r.tfMs / 1000,
          r.oursMs,
          (100 * r.oursMs) / r.wallMs,
        ]),
      ),
    );
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
    console.log(
      `\nper stack: wall ${(sum((r) => r.wallMs) / rows.length / 1000).toFixed(1)} s mean, terraform ${(sum((r) => r.tfMs) / 1000).toFixed(1)} s total, ours ${(sum((r) => r.oursMs) / rows.length).toFixed(0)} ms mean (${((100 * sum((r) => r.oursMs)) / sum((r) => r.wallMs)).toFixed(1)}% of stack time)`,
    );
    console.log(
      `run: ${(firstWall / 1000).toFixed(1)} s wall for the CLI process; before the first stack (start-up, synth, policy gate, lock, ledger): ${((firstStart - startedEpoch) / 1000).toFixed(1)} s; stacks: ${((lastEnd - firstStart) / 1000).toFixed(1)} s; after the last (report, ledger close): ${((startedEpoch + firstWall - lastEnd) / 1000).toFixed(1)} s`,
    );

    const again = performance.now();
    const second = await world.cliJson<Report>(
      'deploy',
      '--env',
      'local',
      ...targets,
      '--concurrency',
      concurrency,
    );
    const unchanged = second.json.stacks.filter((s) => s.status === 'unchanged').length;
    console.log(
      `\nno-op redeploy: ${((performance.now() - again) / 1000).toFixed(1)} s wall, ${unchanged}/${second.json.stacks.length} stacks unchanged, ${readCalls(log).length - calls.length} terraform calls`,
    );
  } finally {
    await world.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
