/**
 * Orchestration overhead per stack: 500 stacks (a generated layered DAG) deployed by the real scheduler
 *   1. with an instant in-process runner (every apply resolves at once): all the time is ours;
 *   2. with the fake terraform spawned as a real process per apply: ours = wall time minus the time spent
 *      inside the runner (spawn to exit), measured with one slot so the two add up exactly, and with four.
 * Both happy runs and runs where a unit fails half-way (so half the plan is rolled back) are measured.
 * Target: under 20 ms per stack.
 *
 * Run: node --import tsx bench/overhead.bench.ts [--stacks 500] [--spawned 500]
 */
import { performance } from 'node:perf_hooks';
import { runDeployment, type SchedulerEvent, type StackRunner, type StackUnit } from '@stratum/orchestrator';
import { createProcessRunner, fakeTerraformPath, generateDag } from '@stratum/orchestrator/src/testing';
import { table } from './lib/measure';

const stacks = Number(valueArg('--stacks') ?? 500);
const spawned = Number(valueArg('--spawned') ?? 500);

function valueArg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Wraps a runner to add up the time spent inside it. */
function timed(runner: StackRunner): StackRunner & { readonly runnerMs: () => number } {
  let total = 0;
  async function time<T>(work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      total += performance.now() - start;
    }
  }
  return {
    apply: (unit, signal) => time(() => runner.apply(unit, signal)),
    rollback: (unit) => time(() => runner.rollback(unit)),
    runnerMs: () => total,
  };
}

const instant = (failing?: string): StackRunner => ({
  apply: async (unit: StackUnit) =>
    unit.id === failing ? { status: 'failed', error: 'injected', changed: false } : { status: 'succeeded' },
  rollback: async () => ({ ok: true }),
});

interface Measured {
  readonly wallMs: number;
  readonly runnerMs: number;
  readonly calls: number;
  readonly status: string;
}

async function measure(n: number, runner: StackRunner, concurrency: number): Promise<Measured> {
  const { plan } = generateDag('layered', { stacks: n, seed: 42 });
  const wrapped = timed(runner);
  const events: SchedulerEvent[] = [];
  let calls = 0;
  const counting: StackRunner = {
    apply: (unit, signal) => (calls++, wrapped.apply(unit, signal)),
    rollback: (unit) => (calls++, wrapped.rollback(unit)),
  };
  const start = performance.now();
  const result = await runDeployment(plan, counting, { concurrency, onEvent: (e) => events.push(e) });
  return { wallMs: performance.now() - start, runnerMs: wrapped.runnerMs(), calls, status: result.status };
}

/** The unit in the middle of the plan, so that about half the plan applies before it fails. */
function middleUnit(n: number): string {
  const { plan } = generateDag('layered', { stacks: n, seed: 42 });
  return plan.units[Math.floor(plan.units.length / 2)]!.id;
}

async function median(runs: number, fn: () => Promise<Measured>): Promise<Measured> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i++) all.push(await fn());
  return all.sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs / 2)]!;
}

async function main(): Promise<void> {
  const rows: (string | number)[][] = [];
  const row = (label: string, concurrency: number, n: number, m: Measured, runnerSlots: number) => {
    const oursMs = m.wallMs - m.runnerMs / runnerSlots;
    rows.push([
      label,
      String(concurrency),
      String(n),
      m.status,
      String(m.calls),
      m.wallMs,
      m.runnerMs / n,
      oursMs / n,
    ]);
  };
  await measure(stacks, instant(), 4); // warm-up (module loading, JIT)
  for (const concurrency of [1, 4]) {
    row(
      'instant, all succeed',
      concurrency,
      stacks,
      await median(5, () => measure(stacks, instant(), concurrency)),
      Infinity,
    );
    const failing = instant(middleUnit(stacks));
    row(
      'instant, failure + rollback',
      concurrency,
      stacks,
      await median(5, () => measure(stacks, failing, concurrency)),
      Infinity,
    );
  }
  const env = { ...process.env, FAKE_TF_SLEEP_MS: '0' };
  const fake = createProcessRunner({ bin: process.execPath, prefixArgs: [fakeTerraformPath], env });
  row('spawned fake terraform', 1, spawned, await measure(spawned, fake, 1), 1);
  row('spawned fake terraform', 4, spawned, await measure(spawned, fake, 4), 4);
  console.log(
    `Orchestration overhead per stack (${stacks} stacks in-process, ${spawned} spawned), event listener attached\n`,
  );
  console.log(
    table(
      ['runner', 'conc', 'stacks', 'status', 'calls', 'wall ms', 'runner ms/stack', 'ours ms/stack'],
      rows,
    ),
  );
  console.log(
    '\nours = (wall - runner time) / stacks; with 4 slots runner time counts / 4 (an estimate: processes overlap on 2 cores).' +
      '\nInstant rows: the runner takes no time, everything is scheduler + event overhead. Target: under 20 ms per stack.',
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
