import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { portalWorkspace } from '@stratum/plugin-stratum-backend/src/testing/backend';
import { ledgerBackends } from '@stratum/plugin-stratum-backend/src/testing/ledgers';
import { removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { parse } from 'yaml';
import { eventually, startPortalProcess, type PortalProcess } from './testing/portal-process';

jest.setTimeout(120_000);

const PORTAL_DIR = resolve(__dirname, '../..');
const BACKEND_DIR = resolve(__dirname, '..');

/** Catalog locations of a temp workspace, in the shape app-config.yaml uses. */
function locations(root: string): string {
  return JSON.stringify([
    { type: 'file', target: join(root, 'services/org.yaml'), rules: [{ allow: ['Group', 'User'] }] },
    { type: 'file', target: join(root, 'services/*/catalog-info.yaml') },
  ]);
}

const run = (id: string) => ({
  id,
  env: 'prod',
  gitSha: 'abc1234',
  actor: 'ci',
  startedAt: '2026-03-01T10:00:00Z',
  finishedAt: '2026-03-01T10:05:00Z',
  status: 'succeeded',
  events: [
    {
      project: 'payments-app',
      stack: 'payments-app',
      layer: 'application',
      status: 'succeeded',
      at: '2026-03-01T10:04:00Z',
    },
  ],
});

async function json(res: Response): Promise<Record<string, unknown>> {
  return (await res.json()) as Record<string, unknown>;
}

describe('app-config.yaml', () => {
  const config = parse(readFileSync(join(PORTAL_DIR, 'app-config.yaml'), 'utf8'));

  it('registers the org file, every catalog-info.yaml and every template of this repository', () => {
    const targets: string[] = config.catalog.locations.map((l: { target: string }) => l.target);
    expect(targets).toEqual([
      '../../../services/org.yaml',
      '../../../services/*/catalog-info.yaml',
      '../../../templates/*/template.yaml',
    ]);
    expect(existsSync(resolve(BACKEND_DIR, targets[0]!))).toBe(true);
    const services = resolve(BACKEND_DIR, '../../../services');
    expect(
      readdirSync(services).filter((d) => existsSync(join(services, d, 'catalog-info.yaml'))).length,
    ).toBeGreaterThan(0);
  });

  it('runs on :7007 with SQLite and guest sign-in, and production swaps in PostgreSQL, GitHub and CI tokens', () => {
    expect(config.backend.listen.port).toBe(7007);
    expect(config.backend.database.client).toBe('better-sqlite3');
    expect(config.auth.providers).toHaveProperty('guest');
    const production = parse(readFileSync(join(PORTAL_DIR, 'app-config.production.yaml'), 'utf8'));
    expect(production.backend.database.client).toBe('pg');
    expect(production.auth.providers.guest).toBeNull();
    expect(production.auth.providers.github.production.clientId).toBe('${AUTH_GITHUB_CLIENT_ID}');
    expect(production.backend.auth.externalAccess[0]).toMatchObject({
      type: 'static',
      accessRestrictions: [{ plugin: 'stratum' }],
    });
  });
});

describe('the portal backend on embedded defaults', () => {
  let root: string;
  let portal: PortalProcess;
  let token: string;

  beforeAll(async () => {
    root = portalWorkspace();
    portal = await startPortalProcess({
      env: { NODE_ENV: 'development', STRATUM_ROOT: root, APP_CONFIG_catalog_locations: locations(root) },
    });
    const refresh = await json(await fetch(`${portal.url}/api/auth/guest/refresh`));
    token = (refresh.backstageIdentity as { token: string }).token;
  });
  afterAll(async () => {
    await portal?.stop();
    if (root) removeWorkspace(root);
  });

  const get = (path: string, auth: string | null = token) =>
    fetch(`${portal.url}${path}`, { headers: auth ? { Authorization: `Bearer ${auth}` } : {} });

  it('signs in a guest and serves the Stratum API to it, and to nobody else', async () => {
    expect((await get('/api/stratum/runs', null)).status).toBe(401);
    const runs = await get('/api/stratum/runs');
    expect(runs.status).toBe(200);
    expect(await runs.json()).toEqual({ runs: [], nextCursor: null });
    for (const path of [
      '/api/stratum/adoption',
      '/api/stratum/orphans',
      '/api/stratum/slo/platform',
      '/api/stratum/impact?project=network',
    ]) {
      expect((await get(path)).status).toBe(200);
    }
  });

  it('refuses to let a signed-in user publish runs', async () => {
    const res = await fetch(`${portal.url}/api/stratum/runs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(run('01JD0000000000000000000001')),
    });
    expect(res.status).toBe(403);
  });

  it("loads the catalog: groups, components, and the stacks from the graph as the components' dependencies", async () => {
    const component = await eventually('payments to depend on its stacks', async () => {
      const res = await get('/api/catalog/entities/by-name/component/default/payments');
      if (res.status !== 200) return undefined;
      const entity = (await res.json()) as { relations?: { type: string; targetRef: string }[] };
      return entity.relations?.some((r) => r.type === 'dependsOn') ? entity : undefined;
    });
    expect(component.relations?.filter((r) => r.type === 'dependsOn').map((r) => r.targetRef)).toEqual([
      'resource:default/payments-app',
      'resource:default/payments-data',
      'resource:default/payments-monitoring',
      'resource:default/payments-security',
    ]);
    const network = (await (await get('/api/catalog/entities/by-name/resource/default/network')).json()) as {
      spec: { type: string; system: string };
      relations: { type: string; targetRef: string }[];
    };
    expect(network.spec).toMatchObject({ type: 'terraform-stack', system: 'platform' });
    expect(network.relations).toContainEqual({ type: 'ownedBy', targetRef: 'group:default/platform-team' });
    expect((await get('/api/catalog/entities/by-name/group/default/payments-team')).status).toBe(200);
  });
});

const postgres = ledgerBackends().find((b) => b.name === 'PostgreSQL')!;
if (postgres.skip && postgres.required) {
  it('the portal backend on the production config with PostgreSQL (STRATUM_REQUIRE_PREREQS=1)', () => {
    throw new Error(postgres.skip);
  });
} else {
  (postgres.skip ? describe.skip : describe)(
    `the portal backend on the production config with PostgreSQL${postgres.skip ? ` (skipped: ${postgres.skip})` : ''}`,
    () => {
      let root: string;
      let portal: PortalProcess;
      let database: { connection: string; cleanup(): Promise<void> };
      const ciToken = randomBytes(24).toString('hex');

      beforeAll(async () => {
        root = portalWorkspace();
        database = await postgres.create();
        const url = new URL(database.connection);
        portal = await startPortalProcess({
          configs: ['app-config.production.yaml'],
          env: {
            NODE_ENV: 'production',
            STRATUM_ROOT: root,
            STRATUM_LEDGER: database.connection,
            STRATUM_CI_TOKEN: ciToken,
            POSTGRES_HOST: url.hostname,
            POSTGRES_PORT: url.port,
            POSTGRES_USER: decodeURIComponent(url.username),
            POSTGRES_PASSWORD: decodeURIComponent(url.password),
            // every plugin in its own schema of the throwaway database, dropped afterwards
            APP_CONFIG_backend_database_connection_database: url.pathname.slice(1),
            APP_CONFIG_backend_database_pluginDivisionMode: 'schema',
            AUTH_GITHUB_CLIENT_ID: 'test-client-id',
            AUTH_GITHUB_CLIENT_SECRET: 'test-client-secret',
            PORTAL_BASE_URL: 'http://localhost:3000',
            PORTAL_BACKEND_URL: 'http://localhost:7007',
            APP_CONFIG_catalog_locations: locations(root),
          },
        });
      });
      afterAll(async () => {
        await portal?.stop();
        await database?.cleanup();
        if (root) removeWorkspace(root);
      });

      const call = (path: string, init: RequestInit = {}, auth: string | null = ciToken) =>
        fetch(`${portal.url}${path}`, {
          ...init,
          headers: {
            'Content-Type': 'application/json',
            ...(auth ? { Authorization: `Bearer ${auth}` } : {}),
          },
        });

      it('lets CI publish runs with its static token, idempotently, into the PostgreSQL ledger', async () => {
        const body = JSON.stringify(run('01JD0000000000000000000002'));
        expect((await call('/api/stratum/runs', { method: 'POST', body }, null)).status).toBe(401);
        expect((await call('/api/stratum/runs', { method: 'POST', body })).status).toBe(201);
        expect((await call('/api/stratum/runs', { method: 'POST', body })).status).toBe(200);
        const runs = (await (await call('/api/stratum/runs?env=prod')).json()) as { runs: { id: string }[] };
        expect(runs.runs.map((r) => r.id)).toEqual(['01JD0000000000000000000002']);
        const slo = (await (await call('/api/stratum/slo/platform?env=prod&window=400d')).json()) as {
          overall: { id: string; samples: number }[];
        };
        expect(slo.overall.find((s) => s.id === 'deploymentSuccessRate')?.samples).toBe(1);
      });

      it('keeps the CI token to the Stratum plugin, and has no guest sign-in', async () => {
        expect((await call('/api/catalog/entities?limit=1')).status).toBe(403);
        expect((await call('/api/auth/guest/refresh', {}, null)).status).toBe(404);
      });
    },
  );
}
