import { openLedger, type Ledger, type RunStatus } from '@stratum/ledger';
import type { DoraMetrics, PortalProject, SloGroupBy } from '@stratum/plugin-stratum-common';
import { recordCommitTime } from '../ledger/commits';
import { migratePortalTables } from '../ledger/migrations';
import { ledgerBackends } from '../testing/ledgers';
import { UNITS } from '../testing/slo-ledger';
import { parseObjectives } from './objectives';
import { platformSloReport } from './report';

const { MIN, HOUR, DAY } = UNITS;
const NOW = Date.parse('2026-03-31T00:00:00Z');
const T0 = NOW - 5 * DAY;
const objectives = parseObjectives(
  {
    window: '30d',
    deploymentSuccessRate: { objective: 0.95 },
    leadTime: { objective: '1d' },
    rollbackTime: { objective: '20m' },
    changeFailureRate: { objective: 0.15 },
    mttr: { objective: '4h' },
    driftRate: { objective: 0.05 },
  },
  'test-slos.yaml',
);
const project = (name: string, layer: string, owner: string, service: string | null): PortalProject => ({
  name,
  root: name,
  layer,
  owner,
  service,
  dependsOn: [],
});
const projects = [
  project('network', 'infrastructure', 'platform-team', null),
  project('payments-app', 'application', 'payments-team', 'payments'),
  project('orders-app', 'application', 'orders-team', 'orders'),
];
const LAYERS = Object.fromEntries(projects.map((p) => [p.name, p.layer]));

interface SeedRun {
  readonly sha: string;
  readonly env: string;
  readonly start: number;
  readonly finish: number;
  readonly status: Exclude<RunStatus, 'running'>;
  readonly projects: readonly string[];
}

/** Commit times, as offsets from T0: c0 was first deployed 40 days ago, long before the window. */
const COMMITS: Record<string, number> = { c0: -41 * DAY, c1: 0, c2: 4 * HOUR };
/**
 * Offsets from T0. Old code counted every successful run; now only a commit's first success per environment is a
 * lead time sample: A (30m) and E (2h) in prod, C (1h) in staging; B re-deploys c1 and F re-deploys c0, whose first
 * deploy (Z) lies outside the 30-day window.
 */
const RUNS: readonly SeedRun[] = [
  {
    sha: 'c0',
    env: 'prod',
    start: -40 * DAY,
    finish: -40 * DAY + 10 * MIN,
    status: 'succeeded',
    projects: ['network'],
  }, // Z
  {
    sha: 'c1',
    env: 'prod',
    start: 20 * MIN,
    finish: 30 * MIN,
    status: 'succeeded',
    projects: ['payments-app'],
  }, // A
  {
    sha: 'c1',
    env: 'prod',
    start: 2 * HOUR,
    finish: 3 * HOUR,
    status: 'succeeded',
    projects: ['payments-app'],
  }, // B
  {
    sha: 'c1',
    env: 'staging',
    start: 50 * MIN,
    finish: HOUR,
    status: 'succeeded',
    projects: ['payments-app'],
  }, // C
  {
    sha: 'c2',
    env: 'prod',
    start: 4 * HOUR + 30 * MIN,
    finish: 5 * HOUR,
    status: 'rolled_back',
    projects: ['network', 'orders-app'],
  }, // D
  {
    sha: 'c2',
    env: 'prod',
    start: 5 * HOUR + 30 * MIN,
    finish: 6 * HOUR,
    status: 'succeeded',
    projects: ['network', 'orders-app'],
  }, // E
  {
    sha: 'c0',
    env: 'prod',
    start: 7 * HOUR,
    finish: 7 * HOUR + 10 * MIN,
    status: 'succeeded',
    projects: ['network'],
  }, // F
];

async function seed(ledger: Ledger): Promise<void> {
  for (const run of RUNS) {
    const id = ledger.newRunId();
    const sha = run.sha.padEnd(40, '0');
    await ledger.createRun({
      id,
      env: run.env,
      gitSha: sha,
      actor: 'ci',
      trigger: 'ci',
      startedAt: new Date(T0 + run.start),
    });
    for (const name of run.projects) {
      const status =
        run.status === 'succeeded' ? 'succeeded' : name === 'orders-app' ? 'failed' : 'rolled_back';
      await ledger.recordStackEvent(id, {
        project: name,
        stack: name,
        layer: LAYERS[name]!,
        status,
        at: new Date(T0 + run.start + MIN),
      });
    }
    await ledger.finishRun(id, { status: run.status, finishedAt: new Date(T0 + run.finish) });
  }
  for (const [sha, committed] of Object.entries(COMMITS))
    await recordCommitTime(ledger.knex, sha.padEnd(40, '0'), T0 + committed, NOW);
}

const rows = (list: readonly DoraMetrics[]) => Object.fromEntries(list.map((row) => [row.key, row]));

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`DORA keys on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(
    `DORA keys on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`,
    () => {
      let ledger: Ledger;
      let cleanup: () => Promise<void>;
      const report = (groupBy: SloGroupBy | null, env: string | null = 'prod') =>
        platformSloReport(ledger.knex, projects, objectives, {
          env: env ?? undefined,
          windowMs: 30 * DAY,
          windowText: '30d',
          groupBy,
          now: NOW,
        });

      beforeAll(async () => {
        const db = await backend.create();
        cleanup = db.cleanup;
        ledger = await openLedger(db.connection, { root: '/' });
        await migratePortalTables(ledger.knex);
        await seed(ledger);
      }, 60_000); // a fresh PostgreSQL database and the migrations take seconds on a busy machine
      afterAll(async () => {
        await ledger?.close();
        await cleanup?.();
      });

      it('counts lead time from a commit to its first successful deploy to the environment only', async () => {
        const { dora, overall } = await report(null);
        // A (30m) and E (2h); B and F re-deploy commits prod already had
        expect(dora.overall).toEqual({
          key: '*',
          deploys: 4,
          deploysPerDay: 0.1333,
          leadTime: { p50: 30 * MIN, p90: 2 * HOUR, samples: 2 },
          changeFailureRate: 0.2,
          finished: 5,
          mttr: HOUR,
          incidents: 1,
          recovered: 1,
        });
        expect(overall.find((s) => s.id === 'leadTime')).toMatchObject({ samples: 2, value: 2 * HOUR });
        expect(dora.groups).toEqual([]);
      });

      it('takes every environment’s first deploy when no environment is named', async () => {
        const { dora } = await report(null, null);
        // A (30m), C to staging (1h), E (2h): c1 counts once per environment
        expect(dora.overall.leadTime).toEqual({ p50: HOUR, p90: 2 * HOUR, samples: 3 });
      });

      it('groups by service through the workspace snapshot; shared infrastructure is (shared)', async () => {
        const result = await report('service');
        expect(result.groups.map((g) => g.key)).toEqual(['(shared)', 'orders', 'payments']);
        const dora = rows(result.dora.groups);
        expect(Object.keys(dora)).toEqual(['(shared)', 'orders', 'payments']);
        expect(dora.payments).toMatchObject({
          deploys: 2,
          leadTime: { p50: 30 * MIN, p90: 30 * MIN, samples: 1 },
          changeFailureRate: 0,
          mttr: null,
        });
        expect(dora.orders).toMatchObject({
          deploys: 1,
          leadTime: { p50: 2 * HOUR, samples: 1 },
          changeFailureRate: 0.5,
          mttr: HOUR,
        });
        // D, E and F touched the network; F's commit reached prod before the window: no sample
        expect(dora['(shared)']).toMatchObject({
          deploys: 2,
          finished: 3,
          leadTime: { p50: 2 * HOUR, samples: 1 },
          changeFailureRate: 0.3333,
        });
      });

      it('groups by owner group', async () => {
        const dora = rows((await report('owner')).dora.groups);
        expect(Object.keys(dora)).toEqual(['orders-team', 'payments-team', 'platform-team']);
        expect(dora['payments-team']).toMatchObject({ deploys: 2, leadTime: { samples: 1 } });
        expect(dora['platform-team']).toMatchObject({ deploys: 2, changeFailureRate: 0.3333 });
      });
    },
  );
}
