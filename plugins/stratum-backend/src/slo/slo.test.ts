import { openLedger, type Ledger } from '@stratum/ledger';
import type { PortalProject, SloResult } from '@stratum/plugin-stratum-common';
import { migratePortalTables } from '../ledger/migrations';
import { ledgerBackends } from '../testing/ledgers';
import { seedSloLedger, UNITS } from '../testing/slo-ledger';
import { parseObjectives } from './objectives';
import { platformSloReport } from './report';
import { deployTrend } from './trend';

const { MIN, DAY } = UNITS;
const NOW = Date.parse('2026-03-31T00:00:00Z');
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
const project = (name: string, layer: string, owner: string): PortalProject => ({
  name,
  root: name,
  layer,
  owner,
  service: null,
  dependsOn: [],
});
const projects = [
  project('network', 'infrastructure', 'platform-team'),
  project('payments-app', 'application', 'payments-team'),
  project('payments-data', 'data', 'payments-team'),
  project('orders-app', 'application', 'orders-team'),
];

function pick(slos: readonly SloResult[]) {
  return Object.fromEntries(
    slos.map((s) => [
      s.id,
      {
        value: s.value,
        p50: s.p50,
        samples: s.samples,
        bad: s.bad,
        budget: s.remainingErrorBudget,
        status: s.status,
      },
    ]),
  );
}

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`SLO maths on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(
    `platform SLOs on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`,
    () => {
      let ledger: Ledger;
      let cleanup: () => Promise<void>;
      const report = (groupBy: 'layer' | 'owner' | null, env: string | null = 'prod') =>
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
        await seedSloLedger(ledger, NOW);
      }, 60_000); // a fresh PostgreSQL database and the migrations take seconds on a busy machine
      afterAll(async () => {
        await ledger?.close();
        await cleanup?.();
      });

      it('computes every SLO overall, as worked out by hand', async () => {
        const result = await report(null);
        expect(result.window).toBe('30d');
        expect(result.groups).toEqual([]);
        expect(pick(result.overall)).toEqual({
          // 6 finished prod deploys in the window, 3 succeeded; budget 5% of 6 = 0.3 failures, 3 spent
          deploymentSuccessRate: {
            value: 0.5,
            p50: null,
            samples: 6,
            bad: 3,
            budget: -9,
            status: 'breached',
          },
          // lead times 15m, 60m, 135m: nearest-rank p50 = 60m, p90 = 135m; none over 1d
          leadTime: { value: 135 * MIN, p50: 60 * MIN, samples: 3, bad: 0, budget: 1, status: 'met' },
          // rollbacks of 7m and 30m: p90 = 30m > 20m; budget 10% of 2 = 0.2, 1 spent
          rollbackTime: { value: 30 * MIN, p50: 7 * MIN, samples: 2, bad: 1, budget: -4, status: 'breached' },
          // 2 of 6 rolled back; budget 15% of 6 = 0.9
          changeFailureRate: {
            value: 0.3333,
            p50: null,
            samples: 6,
            bad: 2,
            budget: -1.2222,
            status: 'breached',
          },
          // incidents R2 -> R4 (115m) and R5 -> R6 (30m); R3 continues R2's streak; mean 72.5m of 240m
          mttr: { value: 72.5 * MIN, p50: null, samples: 2, bad: 0, budget: 0.6979, status: 'met' },
          // 2 of 4 drift checks found drift; budget 5% of 4 = 0.2
          driftRate: { value: 0.5, p50: null, samples: 4, bad: 2, budget: -9, status: 'breached' },
        });
      });

      it('groups by layer: a run counts for every layer it touched', async () => {
        const result = await report('layer');
        const groups = Object.fromEntries(result.groups.map((g) => [g.key, pick(g.slos)]));
        expect(Object.keys(groups)).toEqual(['application', 'data', 'infrastructure']);
        expect(groups.infrastructure).toMatchObject({
          deploymentSuccessRate: { value: 0.5, samples: 2 },
          leadTime: { value: 60 * MIN, p50: 60 * MIN, samples: 1 },
          rollbackTime: { value: 30 * MIN, samples: 1 },
          mttr: { value: null, samples: 0, status: 'no_data' }, // R5 has no later success touching the network
          driftRate: { value: 0.25, samples: 4, bad: 1 },
        });
        expect(groups.data).toMatchObject({
          deploymentSuccessRate: { value: 0, samples: 1 },
          changeFailureRate: { value: 1 },
          rollbackTime: { value: 7 * MIN },
        });
        expect(groups.application).toMatchObject({
          deploymentSuccessRate: { value: 0.5, samples: 6 },
          driftRate: { value: 0, bad: 0, status: 'met' },
        });
      });

      it('groups by owner through the workspace ownership', async () => {
        const result = await report('owner');
        const groups = Object.fromEntries(result.groups.map((g) => [g.key, pick(g.slos)]));
        expect(Object.keys(groups)).toEqual(['orders-team', 'payments-team', 'platform-team']);
        expect(groups['payments-team']).toMatchObject({
          deploymentSuccessRate: { value: 0.5, samples: 4 },
          changeFailureRate: { value: 0.25 },
          leadTime: { value: 135 * MIN, p50: 60 * MIN, samples: 2 },
          mttr: { value: 115 * MIN, samples: 1 },
        });
        expect(groups['orders-team']).toMatchObject({
          leadTime: { value: 15 * MIN },
          mttr: { value: 30 * MIN },
          rollbackTime: { value: 30 * MIN },
        });
      });

      it('counts every environment when none is named', async () => {
        const result = await report(null, null);
        expect(pick(result.overall).deploymentSuccessRate).toMatchObject({ samples: 7, bad: 4 });
      });

      it('buckets deploy outcomes for the trend', async () => {
        const points = await deployTrend(ledger.knex, {
          env: 'prod',
          since: NOW - 30 * DAY,
          until: NOW,
          bucketMs: DAY,
        });
        expect(points).toHaveLength(30);
        expect(points[20]).toMatchObject({ deploys: 6, succeeded: 3, rolledBack: 2, successRate: 0.5 });
        expect(points.filter((p) => p.deploys > 0)).toHaveLength(1);
      });
    },
  );
}

describe('platform SLOs on an empty ledger', () => {
  it('say no_data with a null value and budget', async () => {
    const [sqlite] = ledgerBackends();
    const db = await sqlite!.create();
    const ledger = await openLedger(db.connection, { root: '/' });
    await migratePortalTables(ledger.knex);
    const result = await platformSloReport(ledger.knex, projects, objectives, {
      windowMs: DAY,
      windowText: '1d',
      groupBy: 'owner',
      now: NOW,
    });
    expect(result.overall.map((s) => [s.status, s.value, s.remainingErrorBudget])).toEqual(
      Array(6).fill(['no_data', null, null]),
    );
    expect(result.groups).toEqual([]);
    await ledger.close();
    await db.cleanup();
  });
});
