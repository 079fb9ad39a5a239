import type { FetchApi } from '@backstage/core-plugin-api';
import { StratumClient } from './StratumClient';

const BASE = 'http://portal.test/api/stratum';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: status === 200 ? 'OK' : 'Error',
    headers: { 'content-type': 'application/json' },
  });
}

/** A client whose fetch answers `body` with `status` and records every URL it was asked for. */
function clientAnswering(status = 200, body: unknown = {}) {
  const urls: string[] = [];
  const fetchApi: FetchApi = {
    fetch: async (input) => {
      urls.push(String(input));
      return jsonResponse(status, body);
    },
  };
  const discoveryApi = { getBaseUrl: async (pluginId: string) => `http://portal.test/api/${pluginId}` };
  return { client: new StratumClient({ discoveryApi, fetchApi }), urls };
}

describe('StratumClient', () => {
  it('lists runs with only the filters given, and the cursor of the previous page', async () => {
    const { client, urls } = clientAnswering(200, { runs: [], nextCursor: null });
    await expect(client.listRuns()).resolves.toEqual({ runs: [], nextCursor: null });
    await client.listRuns({ env: 'prod', status: 'failed', owner: 'payments-team', limit: 20, cursor: 'C1' });
    expect(urls).toEqual([
      `${BASE}/runs`,
      `${BASE}/runs?env=prod&status=failed&owner=payments-team&limit=20&cursor=C1`,
    ]);
  });

  it('builds the paths of a run, a stack history and a drift check, escaping the names', async () => {
    const { client, urls } = clientAnswering();
    await client.getRun('01JD0000000000000000000000');
    await client.getStackHistory('payments-app', 'prod', 10);
    await client.getStackHistory('a/b', 'dev');
    await client.getProjectDrift('network', 'staging');
    expect(urls).toEqual([
      `${BASE}/runs/01JD0000000000000000000000`,
      `${BASE}/stacks/payments-app/history?env=prod&limit=10`,
      `${BASE}/stacks/a%2Fb/history?env=dev`,
      `${BASE}/stacks/network/drift?env=staging`,
    ]);
  });

  it('asks for the SLOs of a service by name, with the environment of the deploys when given', async () => {
    const { client, urls } = clientAnswering();
    await client.getServiceSlos('payments');
    await client.getServiceSlos('a/b', { env: 'prod' });
    expect(urls).toEqual([`${BASE}/slo/services/payments`, `${BASE}/slo/services/a%2Fb?env=prod`]);
  });

  it('passes SLO, trend and impact parameters as query values', async () => {
    const { client, urls } = clientAnswering();
    await client.getPlatformSlos({ env: 'prod', window: '7d', groupBy: 'owner' });
    await client.getSloTrend({ env: 'dev', bucket: '1h' });
    await client.getImpact('shared network');
    await client.getAdoption();
    await client.getOrphans();
    await client.getCompliance('prod');
    expect(urls).toEqual([
      `${BASE}/slo/platform?env=prod&window=7d&groupBy=owner`,
      `${BASE}/slo/platform/trend?env=dev&bucket=1h`,
      `${BASE}/impact?project=shared+network`,
      `${BASE}/adoption`,
      `${BASE}/orphans`,
      `${BASE}/compliance?env=prod`,
    ]);
  });

  it('turns an error answer into a ResponseError carrying the status and the backend message', async () => {
    const { client } = clientAnswering(404, {
      error: { name: 'NotFoundError', message: 'No project nope in the workspace' },
      request: { method: 'GET', url: '/api/stratum/impact' },
      response: { statusCode: 404 },
    });
    await expect(client.getImpact('nope')).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 404,
      cause: { name: 'NotFoundError', message: 'No project nope in the workspace' },
    });
  });
});
