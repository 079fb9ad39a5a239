import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { serviceAdoption } from '../../testing/adoption';
import { catalogWith, component, resource } from '../../testing/catalog';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { historyEntry, run } from '../../testing/runs';
import { EntityStratumContent } from './EntityStratumContent';

const PAYMENTS = component('payments', 'payments-team');
const catalog = catalogWith([
  PAYMENTS,
  resource('payments-app', 'application', 'payments-team', { dependencyOf: ['component:default/payments'] }),
  resource('payments-data', 'data', 'payments-team', { dependencyOf: ['component:default/payments'] }),
  resource('orders-app', 'application', 'orders-team', { dependencyOf: ['component:default/orders'] }),
]);

const render = (api: ReturnType<typeof mockStratumApi>, catalogApi = catalog) =>
  renderWithApis(
    <EntityProvider entity={PAYMENTS}>
      <EntityStratumContent />
    </EntityProvider>,
    api,
    { catalogApi },
  );

describe('EntityStratumContent', () => {
  it('shows progress while loading', async () => {
    await render(mockStratumApi({ getAdoption: never, listRuns: never }), { getEntities: never });
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(0);
  });

  it('names what failed to load', async () => {
    const api = mockStratumApi({
      getAdoption: async () => Promise.reject(failure('workspace unreadable')),
      listRuns: async () => ({ runs: [], nextCursor: null }),
    });
    await render(api);
    expect(await screen.findByText('Error: Could not load the adoption report')).toBeInTheDocument();
  });

  it('tells the owner how to add stacks when the component has none', async () => {
    const api = mockStratumApi({
      getAdoption: async () => ({ services: [] }),
      listRuns: async () => ({ runs: [], nextCursor: null }),
    });
    await render(api, catalogWith([PAYMENTS]));
    expect(await screen.findByText('No Stratum stacks belong to this component')).toBeInTheDocument();
    expect(screen.getByText(/Stratum does not know this component as a service/)).toBeInTheDocument();
  });

  it('shows the stacks by layer, the adoption phase and the deploy history of the chosen environment', async () => {
    const api = mockStratumApi({
      getAdoption: async () => ({ services: [serviceAdoption()] }),
      listRuns: async () => ({ runs: [run({ env: 'prod' }), run({ env: 'dev' })], nextCursor: null }),
      getStackHistory: async (project, env) => ({
        project,
        env,
        entries:
          env === 'prod'
            ? [
                project === 'payments-app'
                  ? historyEntry(project, 'failed', '2026-03-03T10:00:00.000Z')
                  : historyEntry(project, 'succeeded', '2026-03-04T10:00:00.000Z'),
              ]
            : [],
      }),
    });
    await render(api);
    const stacks = await screen.findByRole('list', { name: 'Stacks of this component' });
    expect(
      within(stacks)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['payments-data', 'payments-app']);
    expect(screen.getByText('Phase 1 of 4 (service)')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Start phase 2 with phase-2-app-infrastructure' }),
    ).toHaveAttribute(
      'href',
      expect.stringContaining('formData=%7B%22service%22%3A%22component%3Adefault%2Fpayments%22%7D'),
    );

    const history = await screen.findByRole('table', { name: 'Deploy history in prod' });
    const rows = within(history).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual([
      'payments-data',
      'payments-app',
    ]);
    expect(within(rows[1]!).getAllByText('failed')).toHaveLength(2);
    expect(api.getStackHistory).toHaveBeenCalledWith('payments-app', 'prod', 50);

    await userEvent.click(screen.getByRole('button', { name: /Environment/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'dev' }));
    expect(await screen.findByText(/Nothing deployed in dev yet/)).toBeInTheDocument();
    await waitFor(() => expect(api.getStackHistory).toHaveBeenCalledWith('payments-data', 'dev', 50));
  });
});
