import { mockCredentials, type TestBackend } from '@backstage/backend-test-utils';
import type { PublishRunRequest, Run } from '@stratum/plugin-stratum-common';
import { removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import request from 'supertest';
import { portalWorkspace, startStratumBackend } from '../testing/backend';
import { ledgerBackends, type TestLedger } from '../testing/ledgers';

const USER = mockCredentials.user.header();
const SERVICE = mockCredentials.service.header();
const NOBODY = mockCredentials.none.header();

let serial = 0;
/** A run id whose time part grows with each call, so later calls sort later. */
function runId(): string {
  serial += 1;
  return `01JD${String(serial).padStart(6, '0')}0000000000000000`;
}

function publishable(overrides: Partial<PublishRunRequest> = {}): PublishRunRequest {
  return {
    id: runId(),
    env: 'prod',
    gitSha: 'abc1234',
    actor: 'ci-bot',
    startedAt: '2026-03-01T10:00:00Z',
    finishedAt: '2026-03-01T10:05:00Z',
    status: 'succeeded',
    events: [
      {
        project: 'network',
        stack: 'network',
        layer: 'infrastructure',
        status: 'applying',
        at: '2026-03-01T10:01:00Z',
      },
      {
        project: 'network',
        stack: 'network',
        layer: 'infrastructure',
        status: 'succeeded',
        at: '2026-03-01T10:02:00Z',
      },
      {
        project: 'payments-app',
        stack: 'payments-app',
        layer: 'application',
        status: 'succeeded',
        at: '2026-03-01T10:04:00Z',
      },
    ],
    ...overrides,
  };
}

const ROUTES = [
  ['get', '/api/stratum/runs'],
  ['get', '/api/stratum/runs/01JD0000000000000000000000'],
  ['post', '/api/stratum/runs'],
  ['get', '/api/stratum/stacks/network/history?env=prod'],
  ['get', '/api/stratum/slo/platform'],
  ['get', '/api/stratum/slo/platform/trend'],
  ['get', '/api/stratum/adoption'],
  ['get', '/api/stratum/impact?project=network'],
  ['get', '/api/stratum/orphans'],
] as const;

for (const backend of ledgerBackends()) {
  if (backend.skip && backend.required) {
    it(`Stratum API on ${backend.name} (STRATUM_REQUIRE_PREREQS=1)`, () => {
      throw new Error(backend.skip);
    });
    continue;
  }
  (backend.skip ? describe.skip : describe)(
    `Stratum API on ${backend.name}${backend.skip ? ` (skipped: ${backend.skip})` : ''}`,
    () => {
      let root: string;
      let ledger: TestLedger;
      let server: TestBackend;
      const api = () => request(server.server);
      const publish = (body: unknown, auth = SERVICE) =>
        api()
          .post('/api/stratum/runs')
          .set('Authorization', auth)
          .send(body as object);

      beforeAll(async () => {
        root = portalWorkspace();
        ledger = await backend.create();
        server = await startStratumBackend(root, ledger.connection);
      });
      afterAll(async () => {
        await server?.stop();
        await ledger?.cleanup();
        removeWorkspace(root);
      });

      it.each(ROUTES)('%s %s answers 401 without credentials', async (method, path) => {
        const res = await api()[method](path).set('Authorization', NOBODY);
        expect(res.status).toBe(401);
      });

      it('lists no runs on an empty ledger', async () => {
        const res = await api().get('/api/stratum/runs').set('Authorization', USER);
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ runs: [], nextCursor: null });
      });

      it('answers every read route on an empty ledger', async () => {
        const slo = await api().get('/api/stratum/slo/platform?groupBy=owner').set('Authorization', USER);
        expect(slo.status).toBe(200);
        expect(slo.body.overall.map((s: { status: string }) => s.status)).toEqual(Array(6).fill('no_data'));
        const history = await api()
          .get('/api/stratum/stacks/network/history?env=prod')
          .set('Authorization', USER);
        expect(history.body).toEqual({ project: 'network', env: 'prod', entries: [] });
        const trend = await api().get('/api/stratum/slo/platform/trend?window=7d').set('Authorization', USER);
        expect(trend.body.points).toHaveLength(7);
      });

      describe('POST /runs', () => {
        it('takes a run from a service principal only', async () => {
          expect((await publish(publishable(), USER)).status).toBe(403);
          const body = publishable();
          const res = await publish(body);
          expect(res.status).toBe(201);
          expect(res.body.created).toBe(true);
          expect(res.body.run).toMatchObject({
            id: body.id,
            env: 'prod',
            status: 'succeeded',
            eventCount: 3,
            trigger: 'ci',
          });
        });

        it('is idempotent by run id', async () => {
          const body = publishable();
          expect((await publish(body)).status).toBe(201);
          const again = await publish({ ...body, status: 'failed' });
          expect(again.status).toBe(200);
          expect(again.body.created).toBe(false);
          expect(again.body.run.status).toBe('succeeded');
          expect(again.body.run.events).toHaveLength(3);
        });

        it.each([
          [
            {
              events: [
                {
                  project: 'network',
                  stack: 'network',
                  layer: 'infrastructure',
                  status: 'exploded',
                  at: '2026-03-01T10:01:00Z',
                },
              ],
            },
            'body.events.0.status',
          ],
          [{ id: 'not-a-run-id' }, 'body.id'],
          [{ gitSha: 'main; rm -rf /' }, 'body.gitSha'],
          [{ startedAt: 'yesterday' }, 'body.startedAt'],
          [{ finishedAt: null }, 'body.finishedAt'],
          [{ surprise: true }, 'body'],
        ])('refuses %j with 400 naming %s', async (change, field) => {
          const res = await publish({ ...publishable(), ...change });
          expect(res.status).toBe(400);
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message.startsWith(field)).toBe(true);
        });
      });

      describe('GET /runs', () => {
        let ids: string[];
        beforeAll(async () => {
          ids = [];
          for (let i = 0; i < 5; i++) {
            const body = publishable({ env: 'staging', status: i === 2 ? 'rolled_back' : 'succeeded' });
            if (i === 4)
              body.events = [
                {
                  project: 'orders-app',
                  stack: 'orders-app',
                  layer: 'application',
                  status: 'succeeded',
                  at: '2026-03-01T10:04:00Z',
                },
              ];
            await publish(body);
            ids.push(body.id);
          }
        });

        it('pages newest first with a keyset cursor until the last page', async () => {
          const seen: string[] = [];
          let cursor: string | null = '';
          let pages = 0;
          while (cursor !== null) {
            const res: request.Response = await api()
              .get(`/api/stratum/runs?env=staging&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
              .set('Authorization', USER);
            expect(res.status).toBe(200);
            seen.push(...res.body.runs.map((r: Run) => r.id));
            cursor = res.body.nextCursor;
            pages += 1;
          }
          expect(pages).toBe(3);
          expect(seen).toEqual([...ids].reverse());
        });

        it('filters by status and by owner', async () => {
          const failed = await api()
            .get('/api/stratum/runs?env=staging&status=rolled_back')
            .set('Authorization', USER);
          expect(failed.body.runs.map((r: Run) => r.id)).toEqual([ids[2]]);
          const orders = await api()
            .get('/api/stratum/runs?env=staging&owner=orders-team')
            .set('Authorization', USER);
          expect(orders.body.runs.map((r: Run) => r.id)).toEqual([ids[4]]);
          const page = await api()
            .get('/api/stratum/runs?env=staging&owner=payments-team&limit=2')
            .set('Authorization', USER);
          expect(page.body.runs.map((r: Run) => r.id)).toEqual([ids[3], ids[2]]);
          const next = await api()
            .get(`/api/stratum/runs?env=staging&owner=payments-team&limit=2&cursor=${page.body.nextCursor}`)
            .set('Authorization', USER);
          expect(next.body.runs.map((r: Run) => r.id)).toEqual([ids[1], ids[0]]);
        });

        it.each([
          ['limit=0', 'query.limit'],
          ['limit=501', 'query.limit'],
          ['limit=ten', 'query.limit'],
          ['cursor=../../x', 'query.cursor'],
          ['status=exploded', 'query.status'],
          ['env=Prod', 'query.env'],
          ['color=blue', 'query'],
        ])('refuses %s with 400 naming %s', async (query, field) => {
          const res = await api().get(`/api/stratum/runs?${query}`).set('Authorization', USER);
          expect(res.status).toBe(400);
          expect(res.body.error.message.startsWith(field)).toBe(true);
        });
      });

      describe('GET /runs/:id and stack history', () => {
        it('returns the stack events in order', async () => {
          const body = publishable({ env: 'dev' });
          await publish(body);
          const res = await api().get(`/api/stratum/runs/${body.id}`).set('Authorization', USER);
          expect(res.status).toBe(200);
          expect(res.body.events.map((e: { seq: number; status: string }) => [e.seq, e.status])).toEqual([
            [1, 'applying'],
            [2, 'succeeded'],
            [3, 'succeeded'],
          ]);
        });

        it('answers 404 for an unknown run and 400 for a malformed id', async () => {
          expect(
            (await api().get('/api/stratum/runs/01JDZZZZZZ0000000000000000').set('Authorization', USER))
              .status,
          ).toBe(404);
          const bad = await api().get('/api/stratum/runs/..%2Fetc').set('Authorization', USER);
          expect(bad.status).toBe(400);
          expect(bad.body.error.message).toMatch(/^params.id/);
        });

        it("lists a project's history in one environment, newest first, and needs env", async () => {
          const res = await api()
            .get('/api/stratum/stacks/network/history?env=dev')
            .set('Authorization', USER);
          expect(res.status).toBe(200);
          expect(res.body.entries.map((e: { status: string; actor: string }) => [e.status, e.actor])).toEqual(
            [
              ['succeeded', 'ci-bot'],
              ['applying', 'ci-bot'],
            ],
          );
          const missing = await api().get('/api/stratum/stacks/network/history').set('Authorization', USER);
          expect(missing.status).toBe(400);
          expect(missing.body.error.message).toMatch(/^query.env/);
        });
      });

      describe('SLOs, adoption, impact, orphans', () => {
        it('reports platform SLOs with objectives from the repository file', async () => {
          const res = await api()
            .get('/api/stratum/slo/platform?env=staging&window=400d&groupBy=layer')
            .set('Authorization', USER);
          expect(res.status).toBe(200);
          expect(res.body.objectivesFile).toBe('tools/portal/platform-slos.yaml');
          const success = res.body.overall.find((s: { id: string }) => s.id === 'deploymentSuccessRate');
          expect(success).toMatchObject({ value: 0.8, samples: 5, bad: 1, objective: 0.95 });
          expect(res.body.groups.map((g: { key: string }) => g.key)).toEqual([
            'application',
            'infrastructure',
          ]);
          const byService = await api()
            .get('/api/stratum/slo/platform?env=staging&window=400d&groupBy=service')
            .set('Authorization', USER);
          expect(byService.body.groups.map((g: { key: string }) => g.key)).toEqual([
            '(shared)',
            'orders',
            'payments',
          ]);
          expect(byService.body.dora.groups.map((g: { key: string }) => g.key)).toEqual([
            '(shared)',
            'orders',
            'payments',
          ]);
          expect(byService.body.dora.overall).toMatchObject({ key: '*', deploys: 4, finished: 5 });
          const bad = await api()
            .get('/api/stratum/slo/platform?window=5y&groupBy=team')
            .set('Authorization', USER);
          expect(bad.status).toBe(400);
          expect(bad.body.error.message).toMatch(/query.window/);
          expect(bad.body.error.message).toMatch(/query.groupBy/);
        });

        it('computes adoption phases from evidence, with the next template', async () => {
          const res = await api().get('/api/stratum/adoption').set('Authorization', USER);
          expect(res.status).toBe(200);
          const byService = Object.fromEntries(
            res.body.services.map((s: { service: string }) => [s.service, s]),
          );
          // payments-app was deployed (published above); data, SLOs and a wired monitoring stack exist; prod synth does not
          expect(byService.payments).toMatchObject({
            phase: 3,
            owner: 'payments-team',
            nextTemplate: { name: 'phase-4-foundation', phase: 4 },
          });
          const gate = byService.payments.checks.find((c: { id: string }) => c.id === 'prod-policy-gate');
          expect(gate).toMatchObject({ status: 'not_evaluated' });
          expect(gate.detail).toMatch(/stratum synth --env prod/);
          // orders-app was deployed too, but orders has no data stack
          expect(byService.orders).toMatchObject({
            phase: 1,
            nextTemplate: {
              name: 'phase-2-app-infrastructure',
              ref: 'template:default/phase-2-app-infrastructure',
            },
          });
        });

        it('shows what a change reaches and the order it deploys in', async () => {
          const res = await api().get('/api/stratum/impact?project=network').set('Authorization', USER);
          expect(res.status).toBe(200);
          expect(res.body.dependants).toEqual([
            'observability',
            'orders-app',
            'payments-app',
            'payments-data',
            'payments-monitoring',
          ]);
          expect(res.body.services).toEqual(['orders', 'payments']);
          expect(res.body.owners).toEqual(['orders-team', 'payments-team', 'platform-team']);
          expect(res.body.deployOrder[0]).toBe('network');
          expect(res.body.deployOrder.indexOf('observability')).toBeLessThan(
            res.body.deployOrder.indexOf('payments-monitoring'),
          );
          expect(
            (await api().get('/api/stratum/impact?project=nope').set('Authorization', USER)).status,
          ).toBe(404);
          const missing = await api().get('/api/stratum/impact').set('Authorization', USER);
          expect(missing.status).toBe(400);
          expect(missing.body.error.message).toMatch(/^query.project/);
        });

        it('lists orphans and problems (none here)', async () => {
          const res = await api().get('/api/stratum/orphans').set('Authorization', USER);
          expect(res.body).toEqual({ orphans: [], problems: [] });
        });
      });
    },
  );
}
