import type { Ledger, NewStackEvent, RunStatus } from '@stratum/ledger';
import { recordCommitTime } from '../ledger/commits';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

interface SeedRun {
  readonly start: number;
  readonly finish?: number;
  readonly status: RunStatus;
  readonly env?: string;
  readonly sha: string;
  readonly committed?: number;
  readonly events: readonly (Omit<NewStackEvent, 'at' | 'stack'> & { readonly at: number })[];
}

/**
 * A small ledger whose SLOs are worked out by hand in slo.test.ts. `t0` is ten days before `now`; every time below
 * is an offset from it. Layers/owners: network = infrastructure/platform-team, payments-* = payments-team,
 * orders-app = orders-team.
 */
export function sloRuns(now: number): {
  t0: number;
  runs: SeedRun[];
  drift: { runs: number; findings: (string | null)[][] };
} {
  const t0 = now - 10 * DAY;
  const ev = (project: string, layer: string, status: NewStackEvent['status'], at: number) => ({
    project,
    layer,
    status,
    at: t0 + at,
  });
  const runs: SeedRun[] = [
    // outside the 30-day window: ignored
    {
      start: now - 40 * DAY - t0,
      finish: now - 40 * DAY - t0 + MIN,
      status: 'failed',
      sha: 'a0',
      events: [ev('network', 'infrastructure', 'failed', now - 40 * DAY - t0)],
    },
    // R1 succeeded, lead 60m
    {
      start: 0,
      finish: 10 * MIN,
      status: 'succeeded',
      sha: 'a1',
      committed: -50 * MIN,
      events: [
        ev('network', 'infrastructure', 'succeeded', 5 * MIN),
        ev('payments-app', 'application', 'succeeded', 9 * MIN),
      ],
    },
    // R2 rolled back: failure at +5m, last rollback at +12m -> rollback time 7m
    {
      start: HOUR,
      finish: HOUR + 20 * MIN,
      status: 'rolled_back',
      sha: 'a2',
      events: [
        ev('payments-data', 'data', 'succeeded', HOUR + 3 * MIN),
        ev('payments-app', 'application', 'failed', HOUR + 5 * MIN),
        ev('payments-data', 'data', 'rolling_back', HOUR + 6 * MIN),
        ev('payments-data', 'data', 'rolled_back', HOUR + 12 * MIN),
      ],
    },
    // R3 failed without rollback
    {
      start: 2 * HOUR,
      finish: 2 * HOUR + 30 * MIN,
      status: 'failed',
      sha: 'a3',
      events: [ev('payments-app', 'application', 'failed', 2 * HOUR + 10 * MIN)],
    },
    // R4 succeeded, committed at +1h -> lead 135m
    {
      start: 3 * HOUR,
      finish: 3 * HOUR + 15 * MIN,
      status: 'succeeded',
      sha: 'a4',
      committed: HOUR,
      events: [ev('payments-app', 'application', 'succeeded', 3 * HOUR + 10 * MIN)],
    },
    // R5 rolled back: failure at +4m, rollback done at +34m -> 30m
    {
      start: 4 * HOUR,
      finish: 4 * HOUR + 40 * MIN,
      status: 'rolled_back',
      sha: 'a5',
      events: [
        ev('network', 'infrastructure', 'succeeded', 4 * HOUR + 2 * MIN),
        ev('orders-app', 'application', 'failed', 4 * HOUR + 4 * MIN),
        ev('network', 'infrastructure', 'rolled_back', 4 * HOUR + 34 * MIN),
      ],
    },
    // R6 succeeded, lead 15m
    {
      start: 5 * HOUR,
      finish: 5 * HOUR + 10 * MIN,
      status: 'succeeded',
      sha: 'a6',
      committed: 5 * HOUR - 5 * MIN,
      events: [ev('orders-app', 'application', 'succeeded', 5 * HOUR + 5 * MIN)],
    },
    // another environment, and a run still going: not in the prod numbers
    {
      start: 5 * HOUR,
      finish: 5 * HOUR + MIN,
      status: 'failed',
      env: 'dev',
      sha: 'b1',
      events: [ev('network', 'infrastructure', 'failed', 5 * HOUR)],
    },
    {
      start: 6 * HOUR,
      status: 'running',
      sha: 'a7',
      events: [ev('network', 'infrastructure', 'applying', 6 * HOUR)],
    },
  ];
  // four drift checks: one finding on payments-data, one on network, two clean
  return { t0, runs, drift: { runs: 4, findings: [['payments-data'], [], ['network'], []] } };
}

/** Writes `sloRuns(now)` into the ledger through its public API. */
export async function seedSloLedger(ledger: Ledger, now: number): Promise<void> {
  const { t0, runs, drift } = sloRuns(now);
  for (const run of runs) {
    const env = run.env ?? 'prod';
    const sha = run.sha.padEnd(40, '0');
    const id = ledger.newRunId();
    await ledger.createRun({
      id,
      env,
      gitSha: sha,
      actor: 'ci',
      trigger: 'ci',
      startedAt: new Date(t0 + run.start),
    });
    for (const event of run.events)
      await ledger.recordStackEvent(id, { ...event, stack: event.project, at: new Date(event.at) });
    if (run.status !== 'running')
      await ledger.finishRun(id, {
        status: run.status as Exclude<RunStatus, 'running'>,
        finishedAt: new Date(t0 + run.finish!),
      });
    if (run.committed !== undefined) await recordCommitTime(ledger.knex, sha, t0 + run.committed, now);
  }
  for (let i = 0; i < drift.runs; i++) {
    const id = ledger.newRunId();
    await ledger.createRun({
      id,
      kind: 'drift',
      env: 'prod',
      gitSha: 'c'.repeat(40),
      actor: 'ci',
      trigger: 'ci',
      startedAt: new Date(t0 + 7 * HOUR + i * MIN),
    });
    const projects = drift.findings[i] ?? [];
    await ledger.recordDrift(
      id,
      'prod',
      projects.map((project) => ({
        project,
        stack: project ?? 'x',
        resourceAddress: 'aws_s3_bucket.b',
        attribute: 'tags',
        foundAt: new Date(t0 + 7 * HOUR + i * MIN),
      })),
    );
    await ledger.finishRun(id, {
      status: projects.length > 0 ? 'failed' : 'succeeded',
      finishedAt: new Date(t0 + 7 * HOUR + i * MIN + 30_000),
    });
  }
}

export const UNITS = { MIN, HOUR, DAY };
