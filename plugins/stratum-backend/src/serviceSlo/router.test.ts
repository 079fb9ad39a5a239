import { mockCredentials, type TestBackend } from '@backstage/backend-test-utils';
import { removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { createServer } from 'node:net';
import request from 'supertest';
import { portalWorkspace } from '../testing/backend';
import { ledgerBackends, type TestLedger } from '../testing/ledgers';
import { startWithPrometheus } from './testing/backend';
import { TEST_SLO_YAML } from './testing/sloSeries';

const USER = mockCredentials.user.header();
const NOBODY = mockCredentials.none.header();

/** A loopback port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The answers that need no Prometheus: every one of them is decided before a query, or by the failing connection.
// The numbers themselves are checked against a real Prometheus in prometheus.test.ts.
describe('GET /api/stratum/slo/services/:service without Prometheus', () => {
  const sqlite = ledgerBackends()[0]!;
  let root: string;
  let ledger: TestLedger;
  let server: TestBackend;
  let prometheusUrl: string;
  const api = () => request(server.server);

  beforeAll(async () => {
    root = portalWorkspace({
      'services/payments/slo.yaml': TEST_SLO_YAML,
      'services/billing/catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: billing\nspec:\n  type: service\n  lifecycle: experimental\n  owner: group:payments-team\n',
      'services/billing/slo.yaml':
        'apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: billing-availability\nspec:\n  service: billing\n',
    });
    ledger = await sqlite.create();
    prometheusUrl = `http://127.0.0.1:${await closedPort()}`;
    server = await startWithPrometheus(root, ledger.connection, prometheusUrl);
  });

  afterAll(async () => {
    await server?.stop();
    await ledger?.cleanup();
    if (root) removeWorkspace(root);
  });

  it('needs credentials', async () => {
    for (const path of ['/api/stratum/slo/services', '/api/stratum/slo/services/payments']) {
      const res = await api().get(path).set('Authorization', NOBODY);
      expect(res.status).toBe(401);
    }
  });

  it('lists the services with an slo.yaml and their SLOs, a malformed file with its error', async () => {
    const res = await api().get('/api/stratum/slo/services').set('Authorization', USER);
    expect(res.status).toBe(200);
    expect(res.body.services.map((s: { service: string }) => s.service)).toEqual(['billing', 'payments']);
    const [billing, payments] = res.body.services;
    expect(billing).toMatchObject({ file: 'services/billing/slo.yaml', slos: [] });
    expect(billing.error).toMatch(/^services\/billing\/slo\.yaml: document 1/);
    expect(payments).toEqual({
      service: 'payments',
      file: 'services/payments/slo.yaml',
      error: null,
      slos: [
        { name: 'availability', displayName: 'availability', target: 0.995, window: '1d' },
        { name: 'availability-good', displayName: 'availability-good', target: 0.99, window: '1d' },
        { name: 'silent', displayName: 'silent', target: 0.99, window: '1d' },
        { name: 'broken', displayName: 'broken', target: 0.99, window: '1d' },
      ],
    });
  });

  it('answers 503 naming the configured Prometheus when it cannot be reached', async () => {
    const res = await api().get('/api/stratum/slo/services/payments').set('Authorization', USER);
    expect(res.status).toBe(503);
    expect(res.body.error.message).toContain(`Prometheus at ${prometheusUrl} is unreachable`);
    expect(res.body.error.message).toContain('stratum.prometheus.baseUrl');
  });

  it('answers 404 naming the file to create for a service without slo.yaml', async () => {
    const res = await api().get('/api/stratum/slo/services/orders').set('Authorization', USER);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('create services/orders/slo.yaml');
  });

  it('answers 404 for a service that is not in the workspace', async () => {
    const res = await api().get('/api/stratum/slo/services/shipping').set('Authorization', USER);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'No service shipping in the workspace (no folder services/shipping/ with catalog-info.yaml).',
    );
  });

  it('names the file, document and field of a malformed slo.yaml', async () => {
    const res = await api().get('/api/stratum/slo/services/billing').set('Authorization', USER);
    expect(res.status).toBe(500);
    expect(res.body.error.message).toMatch(
      /^services\/billing\/slo\.yaml: document 1 \(SLO "billing-availability"\)/,
    );
  });

  it('rejects a malformed service name or an unknown query parameter with the field at fault', async () => {
    const name = await api().get('/api/stratum/slo/services/Payments_1').set('Authorization', USER);
    expect(name.status).toBe(400);
    expect(name.body.error.message).toBe('params.service: must be a service folder name such as payments');
    const query = await api().get('/api/stratum/slo/services/payments?window=1d').set('Authorization', USER);
    expect(query.status).toBe(400);
    expect(query.body.error.message).toMatch(/^query: Unrecognized key: "window"/);
  });
});
