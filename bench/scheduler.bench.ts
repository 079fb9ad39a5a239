/**
 * Scheduler benchmark: makespan of the real DAG scheduler on generated DAGs of 200 stacks, with simulated
 * apply durations on a virtual clock (a discrete event simulation of `runDeployment`, no real waiting).
 *
 * For each shape and seed it compares
 *   - ours:        runDeployment, default order (layer, then name)
 *   - ours+est:    runDeployment with expected durations (longest remaining path first), estimates off by
 *                  up to ±30% (as medians from the ledger would be)
 *   - bound:       max(critical path, total work / concurrency), which no schedule can beat
 *   - waves:       layer-by-layer groups (Terragrunt / Digger): each wave waits for its slowest unit
 * Targets: ours+est within 5% of the bound, at least 1.3x faster than waves.
 *
 * Run: node --import tsx bench/scheduler.bench.ts [--concurrency 4,8,16] [--seeds 5] [--detail]
 */
import {
  DAG_SHAPES,
  generateDag,
  seededRandom,
  simulateDeployment,
  type GeneratedDag,
} from '@stratum/orchestrator/src/testing';
import { deployWaves } from '@stratum/graph';
import { unitGraph, type DeploymentPlan } from '@stratum/orchestrator';
import { table } from './lib/measure';

const concurrencies = listArg('--concurrency', [4, 8, 16]);
const seeds = Number(valueArg('--seeds') ?? 5);
const showDetail = process.argv.includes('--detail');
const STACKS = 200;

function valueArg(flag: string): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function listArg(flag: string, fallback: number[]): number[] {
  const value = valueArg(flag);
  return value ? value.split(',').map(Number) : fallback;
}

function script(durations: ReadonlyMap<string, number>) {
  return Object.fromEntries([...durations].map(([id, ms]) => [id, { applyMs: ms }]));
}

interface Bounds {
  /** max(critical path, total work / concurrency): the bound. */
  readonly bound: number;
  /**
   * A tighter bound that is still a bound (release-time relaxation): for any time t, the units that cannot
   * start before t (every dependency chain before them is longer than t) need their work / concurrency after
   * t, plus the shortest chain still behind the last of them. Also the mirror image with chains behind.
   */
  readonly tight: number;
  readonly criticalPath: number;
  readonly work: number;
}

function lowerBounds({ plan, durations }: GeneratedDag, concurrency: number): Bounds {
  const duration = (id: string) => durations.get(id)!;
  const release = new Map<string, number>(); // longest chain before a unit
  for (const unit of plan.units)
    release.set(unit.id, Math.max(0, ...unit.dependsOn.map((d) => release.get(d)! + duration(d))));
  const tail = new Map<string, number>(); // longest chain after a unit
  for (const unit of [...plan.units].reverse()) {
    const after = plan.units
      .filter((u) => u.dependsOn.includes(unit.id))
      .map((u) => tail.get(u.id)! + duration(u.id));
    tail.set(unit.id, Math.max(0, ...after));
  }
  const criticalPath = Math.max(0, ...plan.units.map((u) => release.get(u.id)! + duration(u.id)));
  const work = [...durations.values()].reduce((a, b) => a + b, 0);
  const bound = Math.max(criticalPath, work / concurrency);
  const relaxed = (head: Map<string, number>, behind: Map<string, number>): number => {
    const ids = plan.units.map((u) => u.id).sort((a, b) => head.get(b)! - head.get(a)!);
    let acc = 0;
    let minBehind = Infinity;
    let best = 0;
    for (const id of ids) {
      acc += duration(id);
      minBehind = Math.min(minBehind, behind.get(id)!);
      best = Math.max(best, head.get(id)! + acc / concurrency + minBehind);
    }
    return best;
  };
  return {
    bound,
    tight: Math.max(bound, relaxed(release, tail), relaxed(tail, release)),
    criticalPath,
    work,
  };
}

/** Layer-by-layer groups: every wave runs with the same concurrency and waits for its slowest unit. */
async function wavesMakespan({ plan, durations }: GeneratedDag, concurrency: number): Promise<number> {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  let total = 0;
  for (const wave of deployWaves(unitGraph(plan.units))) {
    const group: DeploymentPlan = { units: wave.map((id) => ({ ...byId.get(id)!, dependsOn: [] })) };
    total += (await simulateDeployment(group, script(durations), { concurrency })).makespan;
  }
  return total;
}

/** Estimates as a ledger would give them: the true duration off by up to ±30%. */
function noisyEstimates(durations: ReadonlyMap<string, number>, seed: number): Map<string, number> {
  const random = seededRandom(seed);
  return new Map([...durations].map(([id, ms]) => [id, ms * (0.7 + 0.6 * random())]));
}

interface Sample {
  readonly concurrency: number;
  readonly shape: string;
  readonly seed: number;
  readonly bounds: Bounds;
  readonly ours: number;
  readonly est: number;
  readonly waves: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (x: number) => `+${((x - 1) * 100).toFixed(1)}%`;
const times = (x: number) => `${x.toFixed(2)}x`;
const minutes = (ms: number) => (ms / 60_000).toFixed(1);
const meanWorst = (xs: number[]) => `${pct(mean(xs))} / ${pct(Math.max(...xs))}`;
const meanLowest = (xs: number[]) => `${times(mean(xs))} / ${times(Math.min(...xs))}`;

async function sample(
  concurrency: number,
  shape: (typeof DAG_SHAPES)[number],
  seed: number,
): Promise<Sample> {
  const dag = generateDag(shape, { stacks: STACKS, seed });
  const run = async (expectedDurations?: ReadonlyMap<string, number>) =>
    (await simulateDeployment(dag.plan, script(dag.durations), { concurrency, expectedDurations })).makespan;
  return {
    concurrency,
    shape,
    seed,
    bounds: lowerBounds(dag, concurrency),
    ours: await run(),
    est: await run(noisyEstimates(dag.durations, seed)),
    waves: await wavesMakespan(dag, concurrency),
  };
}

async function main(): Promise<void> {
  console.log(
    `Scheduler makespan on generated DAGs of ${STACKS} stacks, ${seeds} seeds per shape (simulated time).`,
  );
  console.log(
    'ours = default order (layer, name); ours+est = longest remaining path first, estimates off by up to ±30%;',
  );
  console.log(
    'bound = max(critical path, work / concurrency); tight = a provable bound that also counts work behind slow units.\n',
  );
  const samples: Sample[] = [];
  for (const concurrency of concurrencies) {
    for (const shape of DAG_SHAPES)
      for (let seed = 1; seed <= seeds; seed++) samples.push(await sample(concurrency, shape, seed));
  }
  if (showDetail) {
    console.log(
      table(
        ['conc', 'shape', 'seed', 'crit path', 'work/c', 'tight', 'ours', 'ours+est', 'waves'],
        samples.map((s) => [
          String(s.concurrency),
          s.shape,
          String(s.seed),
          minutes(s.bounds.criticalPath),
          minutes(s.bounds.work / s.concurrency),
          minutes(s.bounds.tight),
          minutes(s.ours),
          minutes(s.est),
          minutes(s.waves),
        ]),
      ),
    );
    console.log('(minutes of simulated time)\n');
  }
  const groups = concurrencies.flatMap((c) => [...DAG_SHAPES, 'ALL'].map((shape) => [c, shape] as const));
  console.log(
    table(
      [
        'conc',
        'shape',
        'ours/bound',
        'ours+est/bound',
        'ours+est/tight',
        'waves/ours',
        'waves/ours+est',
        'waves/tight',
      ],
      groups.map(([c, shape]) => {
        const group = samples.filter((s) => s.concurrency === c && (shape === 'ALL' || s.shape === shape));
        return [
          String(c),
          shape,
          meanWorst(group.map((s) => s.ours / s.bounds.bound)),
          meanWorst(group.map((s) => s.est / s.bounds.bound)),
          meanWorst(group.map((s) => s.est / s.bounds.tight)),
          meanLowest(group.map((s) => s.waves / s.ours)),
          meanLowest(group.map((s) => s.waves / s.est)),
          meanLowest(group.map((s) => s.waves / s.bounds.tight)),
        ];
      }),
    ),
  );
  console.log(
    '\nover a bound: mean / worst; waves ratios: mean / lowest. Targets: within +5% of the bound, waves >= 1.3x.',
  );
  console.log('waves/tight is the most any schedule could gain over waves on those DAGs.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
