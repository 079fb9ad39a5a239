import { EntityProvider } from '@backstage/plugin-catalog-react';
import { ResponseError } from '@backstage/errors';
import type { ServiceSloReport, ServiceSloResult } from '@stratum/plugin-stratum-common';
import { screen, within } from '@testing-library/react';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { EntityServiceSloContent } from './ServiceSloContent';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', annotations: { 'stratum.dev/service': 'payments' } },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:default/payments-team' },
};

function sloResult(overrides: Partial<ServiceSloResult> = {}): ServiceSloResult {
  return {
    name: 'payments-api-availability',
    displayName: 'Payments API availability',
    description: 'Requests to the payments API that do not fail with a 5xx.',
    indicator: 'Payments API 5xx responses',
    target: 0.995,
    window: '1d',
    windowStart: '2026-03-01T00:00:00.000Z',
    status: 'met',
    compliance: 0.998751,
    errorBudget: { allowedRatio: 0.005, totalMinutes: 7.2, remaining: 0.750312, remainingMinutes: 5.402 },
    burnRates: { '5m': 1.980198, '1h': 1.980198, '6h': 0.332779 },
    currentBurnRate: 1.980198,
    burnDown: {
      step: '12h',
      points: [
        { at: '2026-03-01T00:00:00.000Z', remaining: 1 },
        { at: '2026-03-01T12:00:00.000Z', remaining: 0.9 },
        { at: '2026-03-02T00:00:00.000Z', remaining: 0.750312 },
      ],
    },
    deploys: [
      {
        runId: '01JD0000000000000000000002',
        kind: 'deploy',
        env: 'prod',
        status: 'succeeded',
        gitSha: 'abc1234def',
        actor: 'ci-bot',
        startedAt: '2026-03-01T03:30:00.000Z',
        finishedAt: '2026-03-01T03:35:00.000Z',
        projects: ['payments-app'],
      },
    ],
    error: null,
    ...overrides,
  };
}

function report(slos: ServiceSloResult[]): ServiceSloReport {
  return {
    service: 'payments',
    file: 'services/payments/slo.yaml',
    prometheusUrl: 'http://prometheus.test:9090',
    env: null,
    evaluatedAt: '2026-03-02T00:00:00.000Z',
    slos,
  };
}

async function notFound(message: string): Promise<Error> {
  const body = {
    error: { name: 'NotFoundError', message },
    request: { method: 'GET', url: '/' },
    response: { statusCode: 404 },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status: 404,
      statusText: 'Not Found',
      headers: { 'content-type': 'application/json' },
    }) as never,
  );
}

const render = (api: ReturnType<typeof mockStratumApi>) =>
  renderWithApis(
    <EntityProvider entity={entity}>
      <EntityServiceSloContent />
    </EntityProvider>,
    api,
  );

describe('EntityServiceSloContent', () => {
  it('shows progress while the SLOs load, asking for the service of the annotation', async () => {
    const api = mockStratumApi({ getServiceSlos: never });
    await render(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    expect(api.getServiceSlos).toHaveBeenCalledWith('payments');
  });

  it('tells what file to create when the service has no slo.yaml', async () => {
    const api = mockStratumApi({
      getServiceSlos: async () =>
        Promise.reject(await notFound('Service payments has no SLOs: create services/payments/slo.yaml ...')),
    });
    await render(api);
    expect(await screen.findByText('No SLOs for payments yet')).toBeInTheDocument();
    expect(
      screen.getByText(/^Create services\/payments\/slo\.yaml with the service's SLOs in OpenSLO v1/),
    ).toBeInTheDocument();
    expect(screen.getByText(/The backend said: Service payments has no SLOs/)).toBeInTheDocument();
  });

  it('names what failed when Prometheus cannot be reached', async () => {
    const api = mockStratumApi({
      getServiceSlos: async () =>
        Promise.reject(failure('Prometheus at http://localhost:9090 is unreachable')),
    });
    await render(api);
    expect(await screen.findByText('Error: Could not load the SLOs of payments')).toBeInTheDocument();
  });

  it('shows a card per SLO with compliance, objective, budget left, burn rate and the burn-down with its deploys', async () => {
    const overspent = sloResult({
      name: 'latency',
      displayName: 'Payments latency',
      status: 'breached',
      compliance: 0.98,
      target: 0.99,
      errorBudget: { allowedRatio: 0.01, totalMinutes: 14.4, remaining: -1, remainingMinutes: -14.4 },
      burnRates: { '5m': 30, '1h': 20.5, '6h': 10 },
      currentBurnRate: 20.5,
      deploys: [],
    });
    await render(mockStratumApi({ getServiceSlos: async () => report([sloResult(), overspent]) }));
    expect(await screen.findByText('Payments API availability')).toBeInTheDocument();
    expect(screen.getByLabelText('Payments API availability compliance: 99.875%')).toBeInTheDocument();
    expect(screen.getByText('Objective: 99.5% of events good over 1d')).toBeInTheDocument();
    expect(screen.getByText('Error budget: 75% left (5.4 min of 7.2 min)')).toBeInTheDocument();
    expect(screen.getByText('Burn rate: 1.98× over 1h (5m: 1.98×, 6h: 0.33×)')).toBeInTheDocument();
    expect(
      screen.getByRole('figure', {
        name: 'Error budget of Payments API availability over 1d, every 12h: 75% left; 1 deploy marked',
      }),
    ).toBeInTheDocument();
    const deploys = screen.getByRole('list', { name: 'Deploys in the window of Payments API availability' });
    expect(
      within(deploys).getByText(/2026-03-01 03:30 UTC deploy to prod of payments-app at abc1234 by ci-bot/),
    ).toBeInTheDocument();

    expect(screen.getByText('Error budget: overspent by 100% (14.4 min over 14.4 min)')).toBeInTheDocument();
    expect(screen.getByText('Burn rate: 20.5× over 1h (5m: 30×, 6h: 10×)')).toBeInTheDocument();
    expect(screen.getByText('breached')).toBeInTheDocument();
    expect(screen.getByText('No deploy of this service in the window.')).toBeInTheDocument();
    expect(
      screen.getByText(/services\/payments\/slo\.yaml, measured by http:\/\/prometheus\.test:9090/),
    ).toBeInTheDocument();
  });

  it('shows an SLO without events as no data and a rejected query as that SLO’s error', async () => {
    const silent = sloResult({
      status: 'no_data',
      compliance: null,
      errorBudget: { allowedRatio: 0.005, totalMinutes: 7.2, remaining: null, remainingMinutes: null },
      burnRates: { '5m': null, '1h': null, '6h': null },
      currentBurnRate: null,
    });
    const broken = sloResult({
      name: 'broken',
      displayName: 'Broken SLO',
      status: 'error',
      compliance: null,
      error: 'services/payments/slo.yaml: SLO "broken": Prometheus rejected the query: parse error',
    });
    await render(mockStratumApi({ getServiceSlos: async () => report([silent, broken]) }));
    expect(await screen.findByLabelText('Payments API availability compliance: no data')).toBeInTheDocument();
    expect(screen.getByText('Burn rate: no data over 1h (5m: no data, 6h: no data)')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'SLO "broken": Prometheus rejected the query: parse error',
    );
    expect(screen.getByText('Status: not measured')).toBeInTheDocument();
  });
});
