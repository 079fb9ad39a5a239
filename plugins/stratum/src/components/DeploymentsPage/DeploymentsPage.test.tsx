import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RunFilter } from '../../api';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { run } from '../../testing/runs';
import { DeploymentsPage } from './DeploymentsPage';

const groups = {
  getEntities: async () => ({
    items: [{ apiVersion: 'v1', kind: 'Group', metadata: { name: 'payments-team' } }],
  }),
};

const RUNS = [
  run({ id: '01JD0000020000000000000000', env: 'prod', status: 'failed' }),
  run({ id: '01JD0000010000000000000000', env: 'dev', status: 'rolled_back', finishedAt: null }),
];

async function choose(label: string, option: string) {
  await userEvent.click(screen.getByRole('button', { name: new RegExp(label) }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('DeploymentsPage', () => {
  it('shows progress while the runs load', async () => {
    await renderWithApis(<DeploymentsPage />, mockStratumApi({ listRuns: never }), { catalogApi: groups });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('tells a newcomer how to record a first deployment', async () => {
    const api = mockStratumApi({ listRuns: async () => ({ runs: [], nextCursor: null }) });
    await renderWithApis(<DeploymentsPage />, api, { catalogApi: groups });
    expect(await screen.findByText('No deployments recorded yet')).toBeInTheDocument();
    expect(
      screen.getByText(/Run `npm run demo` to deploy the example to the local emulator/),
    ).toBeInTheDocument();
  });

  it('names what failed to load', async () => {
    const api = mockStratumApi({ listRuns: async () => Promise.reject(failure('ledger unreachable')) });
    await renderWithApis(<DeploymentsPage />, api, { catalogApi: groups });
    expect(await screen.findByText('Error: Could not load the deployments')).toBeInTheDocument();
  });

  it('lists runs with their status in words and a link to each run page', async () => {
    const api = mockStratumApi({ listRuns: async () => ({ runs: RUNS, nextCursor: null }) });
    await renderWithApis(<DeploymentsPage />, api, { catalogApi: groups });
    const table = await screen.findByRole('table', { name: 'Runs, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('failed')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('5m')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('rolled back')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('running')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: RUNS[0]!.id })).toHaveAttribute(
      'href',
      `/stratum/deployments/${RUNS[0]!.id}`,
    );
    expect(screen.getByRole('button', { name: 'Older runs' })).toBeDisabled();
  });

  it('passes the chosen filters and pages with the cursor', async () => {
    const calls: RunFilter[] = [];
    const api = mockStratumApi({
      listRuns: async (filter = {}) => {
        calls.push(filter);
        return { runs: RUNS, nextCursor: filter.cursor ? null : 'NEXT' };
      },
    });
    await renderWithApis(<DeploymentsPage />, api, { catalogApi: groups });
    await screen.findByRole('table', { name: 'Runs, newest first' });
    await choose('Environment', 'prod');
    await choose('Status', 'failed');
    await choose('Owner', 'payments-team');
    await waitFor(() =>
      expect(calls[calls.length - 1]).toEqual({
        env: 'prod',
        status: 'failed',
        owner: 'payments-team',
        limit: 50,
        cursor: undefined,
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Older runs' }));
    await waitFor(() => expect(calls[calls.length - 1]).toMatchObject({ env: 'prod', cursor: 'NEXT' }));
    expect(await screen.findByRole('button', { name: 'Older runs' })).toBeDisabled();
  });

  it('says when no run matches the filters', async () => {
    const api = mockStratumApi({
      listRuns: async (filter = {}) => ({ runs: filter.status ? [] : RUNS, nextCursor: null }),
    });
    await renderWithApis(<DeploymentsPage />, api, { catalogApi: groups });
    await screen.findByRole('table', { name: 'Runs, newest first' });
    await choose('Status', 'interrupted');
    expect(await screen.findByText('No run matches these filters')).toBeInTheDocument();
  });
});
