import { openLedger, type Ledger } from '@stratum/ledger';
import {
  PublishRunSchema,
  type PublishRunRequest,
  type ServiceSloResult,
} from '@stratum/plugin-stratum-common';
import { demoWorkspace, removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishRun } from '../ledger/publish';
import { migratePortalTables } from '../ledger/migrations';
import { PrometheusClient } from '../prometheus/client';
import { serviceSloReport } from './report';
import { mockCredentials, type TestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ledgerBackends, type TestLedger } from '../testing/ledgers';
import { startWithPrometheus } from './testing/backend';
import {
  openMetrics,
  prometheusPrereq,
  startPrometheus,
  type CounterSeries,
  type RunningPrometheus,
} from './testing/prometheus';
import { SERIES, T0, TEST_SLO_YAML, trafficSeries } from './testing/sloSeries';

const PORT = 19091;
const HOUR = 3_600_000;
const prereq = prometheusPrereq();
/** The same traffic again, ending at the last whole minute before the test started, for the HTTP route (real time). */
const NOW_MINUTE = Math.floor(Date.now() / 60_000) * 60_000;

/** Two generations of the same series, one after the other (T0 is long past), as one sample list per series. */
function joined(earlier: readonly CounterSeries[], later: readonly CounterSeries[]): CounterSeries[] {
  return earlier.map((series, i) => ({
    labels: series.labels,
    samples: [...series.samples, ...later[i]!.samples],
  }));
}

function deploy(id: string, startedAt: number, project: string, status = 'succeeded'): PublishRunRequest {
  return {
    id,
    env: 'prod',
    gitSha: 'abc1234',
    actor: 'ci-bot',
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(startedAt + 300_000).toISOString(),
    status: status === 'failed' ? 'failed' : 'succeeded',
    events: [
      {
        project,
        stack: project,
        layer: 'application',
        status: status as 'succeeded',
        at: new Date(startedAt + 60_000).toISOString(),
      },
    ],
  };
}

if (prereq.skip && prereq.required) {
  it('service SLOs from a real Prometheus (STRATUM_REQUIRE_PREREQS=1)', () => {
    throw new Error(`${prereq.skip}, and STRATUM_REQUIRE_PREREQS is set: CI must provide it.`);
  });
} else {
  (prereq.skip ? describe.skip : describe)(
    `service SLOs from a real Prometheus${prereq.skip ? ` (skipped: ${prereq.skip})` : ''}`,
    () => {
      let prometheus: RunningPrometheus | undefined;
      let ledger: Ledger;
      let root: string;
      let ledgerDir: string;
      let slos: Map<string, ServiceSloResult>;

      beforeAll(async () => {
        prometheus = await startPrometheus(
          openMetrics('http_requests', joined(SERIES, trafficSeries(NOW_MINUTE))),
          PORT,
        );
        root = demoWorkspace({ 'services/payments/slo.yaml': TEST_SLO_YAML });
        ledgerDir = mkdtempSync(join(tmpdir(), 'stratum-slo-ledger-'));
        ledger = await openLedger(join(ledgerDir, 'ledger.db'), { root });
        await migratePortalTables(ledger.knex);
        const runs = [
          deploy('01JD0000000000000000000001', T0 - 30 * HOUR, 'payments-app'), // before the 1d window
          deploy('01JD0000000000000000000002', T0 - 20.5 * HOUR, 'payments-app'),
          deploy('01JD0000000000000000000003', T0 - 2 * HOUR, 'orders-app'), // another service
          deploy('01JD0000000000000000000004', T0 - 1.5 * HOUR, 'payments-app', 'unchanged'), // applied nothing
          deploy('01JD0000000000000000000005', T0 - 50 * 60_000, 'payments-data', 'failed'),
        ];
        for (const run of runs) await publishRun(ledger.knex, PublishRunSchema.parse(run), T0);
        const report = await serviceSloReport(
          ledger.knex,
          new PrometheusClient({ baseUrl: prometheus.url }),
          {
            root,
            service: 'payments',
            projects: ['payments-app', 'payments-data', 'payments-monitoring', 'payments-security'],
            now: T0,
          },
        );
        expect(report).toMatchObject({
          service: 'payments',
          file: 'services/payments/slo.yaml',
          prometheusUrl: `http://127.0.0.1:${PORT}`,
          evaluatedAt: new Date(T0).toISOString(),
          env: null,
        });
        slos = new Map(report.slos.map((slo) => [slo.name, slo]));
      }, 120_000);

      afterAll(async () => {
        await prometheus?.stop();
        await ledger?.close();
        if (ledgerDir) rmSync(ledgerDir, { recursive: true, force: true });
        if (root) removeWorkspace(root);
      });

      // By hand, over the 1d window [T0 - 24h, T0]: 200s: 1440 minutes × 100 = 144,000; 500s: 60 minutes × 2 (the
      // hour ending T0 - 19h) + 60 × 1 (the last hour) = 180; all events: 144,180.
      const GOOD = 144_000;
      const BAD = 180;
      const TOTAL = GOOD + BAD;

      it('computes compliance, budget left and burn rates of a bad-events SLI as worked out by hand', () => {
        const slo = slos.get('availability')!;
        expect(slo.status).toBe('met');
        expect(slo.error).toBeNull();
        expect(slo.window).toBe('1d');
        expect(slo.windowStart).toBe(new Date(T0 - 24 * HOUR).toISOString());
        // compliance = 144,000 / 144,180 = 0.998751...
        expect(slo.compliance).toBeCloseTo(GOOD / TOTAL, 9);
        // budget: 0.5% of events; spent (180 / 144,180) / 0.005 = 24.97%; left 0.750312...
        expect(slo.errorBudget.allowedRatio).toBeCloseTo(0.005, 12);
        expect(slo.errorBudget.remaining).toBeCloseTo(1 - BAD / TOTAL / 0.005, 9);
        expect(slo.errorBudget.remaining).toBeCloseTo(0.750312, 6);
        // as minutes: the whole budget is 0.005 × 1440 min = 7.2 min of outage; 75.03% of it is left
        expect(slo.errorBudget.totalMinutes).toBeCloseTo(7.2, 9);
        expect(slo.errorBudget.remainingMinutes).toBeCloseTo(7.2 * (1 - BAD / TOTAL / 0.005), 6);
        // last hour: 6,000 good, 60 bad → (60 / 6,060) / 0.005 = 1.9802; last 5m: 500 and 5, the same ratio;
        // last 6h: 36,000 good, 60 bad → (60 / 36,060) / 0.005 = 0.3328
        expect(slo.burnRates['1h']).toBeCloseTo(60 / 6_060 / 0.005, 6);
        expect(slo.burnRates['5m']).toBeCloseTo(5 / 505 / 0.005, 6);
        expect(slo.burnRates['6h']).toBeCloseTo(60 / 36_060 / 0.005, 6);
        expect(slo.currentBurnRate).toBe(slo.burnRates['1h']);
      });

      it('draws the burn-down in 10-minute steps from the window start, ending at the budget left', () => {
        const { step, points } = slos.get('availability')!.burnDown;
        expect(step).toBe('10m');
        expect(points).toHaveLength(24 * 6 + 1);
        expect(points[0]).toEqual({ at: new Date(T0 - 24 * HOUR).toISOString(), remaining: 1 });
        const at = (time: number) => points.find((p) => p.at === new Date(time).toISOString())!.remaining!;
        // no 500s before T0 - 20h: untouched
        expect(at(T0 - 20 * HOUR)).toBeCloseTo(1, 12);
        // at T0 - 19h: 5h × 6,000 = 30,000 good and 120 bad so far → 1 - (120 / 30,120) / 0.005 = 0.2032
        expect(at(T0 - 19 * HOUR)).toBeCloseTo(1 - 120 / 30_120 / 0.005, 9);
        // the last point counts the whole window: the budget left
        expect(points[points.length - 1]!.remaining).toBeCloseTo(1 - BAD / TOTAL / 0.005, 9);
      });

      it('computes the same events through a good-events SLI against its own target', () => {
        const slo = slos.get('availability-good')!;
        expect(slo.status).toBe('met');
        expect(slo.compliance).toBeCloseTo(GOOD / TOTAL, 9);
        // target 0.99: (180 / 144,180) / 0.01 = 12.48% spent
        expect(slo.errorBudget.remaining).toBeCloseTo(1 - BAD / TOTAL / 0.01, 9);
        expect(slo.burnRates['1h']).toBeCloseTo(60 / 6_060 / 0.01, 6);
        expect(slo.burnDown.points[slo.burnDown.points.length - 1]!.remaining).toBeCloseTo(
          1 - BAD / TOTAL / 0.01,
          9,
        );
      });

      it('marks the deploys that applied the service’s projects inside the window', () => {
        const deploys = slos.get('availability')!.deploys;
        expect(deploys.map((d) => [d.runId, d.projects, d.status])).toEqual([
          ['01JD0000000000000000000002', ['payments-app'], 'succeeded'],
          ['01JD0000000000000000000005', ['payments-data'], 'failed'],
        ]);
        expect(deploys[0]).toMatchObject({
          kind: 'deploy',
          env: 'prod',
          startedAt: new Date(T0 - 20.5 * HOUR).toISOString(),
        });
      });

      it('reports an SLI without series as no data, and a query Prometheus rejects as that SLO’s error', () => {
        const silent = slos.get('silent')!;
        expect(silent).toMatchObject({
          status: 'no_data',
          compliance: null,
          currentBurnRate: null,
          errorBudget: { remaining: null, remainingMinutes: null },
          error: null,
        });
        expect(silent.burnDown.points.slice(1).every((p) => p.remaining === null)).toBe(true);
        const broken = slos.get('broken')!;
        expect(broken.status).toBe('error');
        expect(broken.error).toMatch(
          /^services\/payments\/slo\.yaml: SLO "broken": Prometheus rejected the query/,
        );
        expect(broken.error).toMatch(/parse error/);
      });

      describe('through GET /api/stratum/slo/services/:service, at the real time', () => {
        let server: TestBackend;
        let routeLedger: TestLedger;
        const api = () => request(server.server);
        const USER = mockCredentials.user.header();

        beforeAll(async () => {
          routeLedger = await ledgerBackends()[0]!.create();
          server = await startWithPrometheus(root, routeLedger.connection, prometheus!.url);
          const published = await api()
            .post('/api/stratum/runs')
            .set('Authorization', mockCredentials.service.header())
            .send(deploy('01JD0000000000000000000009', NOW_MINUTE - 2 * HOUR, 'payments-app'));
          expect(published.status).toBe(201);
        });
        afterAll(async () => {
          await server?.stop();
          await routeLedger?.cleanup();
        });

        it('serves the report of every SLO in slo.yaml, with the deploys of the window', async () => {
          const res = await api().get('/api/stratum/slo/services/payments').set('Authorization', USER);
          expect(res.status).toBe(200);
          expect(res.body).toMatchObject({
            service: 'payments',
            file: 'services/payments/slo.yaml',
            prometheusUrl: prometheus!.url,
            env: null,
          });
          expect(Date.parse(res.body.evaluatedAt)).toBeGreaterThanOrEqual(NOW_MINUTE);
          const byName = new Map<string, ServiceSloResult>(
            (res.body.slos as ServiceSloResult[]).map((slo) => [slo.name, slo]),
          );
          expect([...byName.keys()]).toEqual(['availability', 'availability-good', 'silent', 'broken']);
          const slo = byName.get('availability')!;
          // Evaluated a few seconds after the last sample, the window holds 1439 or 1440 minutes of 200s (rate()
          // extrapolates both series alike), and all 180 500s: the ratio moves by under 1e-6.
          expect(slo.status).toBe('met');
          expect(slo.compliance).toBeCloseTo(GOOD / TOTAL, 5);
          expect(slo.errorBudget.remaining).toBeCloseTo(1 - BAD / TOTAL / 0.005, 3);
          // the last hour holds 1 bad per 100 good, whatever its first minute
          expect(slo.currentBurnRate).toBeCloseTo(1 / 101 / 0.005, 4);
          expect(slo.burnDown.points).toHaveLength(24 * 6 + 1);
          expect(slo.deploys.map((d) => [d.runId, d.projects])).toEqual([
            ['01JD0000000000000000000009', ['payments-app']],
          ]);
          expect(byName.get('broken')!.status).toBe('error');
        });

        it('keeps the deploys of the asked environment only', async () => {
          const res = await api()
            .get('/api/stratum/slo/services/payments?env=staging')
            .set('Authorization', USER);
          expect(res.status).toBe(200);
          expect(res.body.env).toBe('staging');
          expect((res.body.slos as ServiceSloResult[]).every((slo) => slo.deploys.length === 0)).toBe(true);
        });
      });
    },
  );
}
