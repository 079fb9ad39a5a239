import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { run } from '../../testing/runs';
import { LEAD_TIME, slo, sloReport, trend } from '../../testing/slos';
import { SloPage } from './SloPage';

const twoEnvs = async () => ({ runs: [run({ env: 'prod' }), run({ env: 'dev' })], nextCursor: null });

describe('SloPage', () => {
  it('shows progress while the SLOs load', async () => {
    await renderWithApis(<SloPage />, mockStratumApi({ getPlatformSlos: never, listRuns: never }));
    expect(await screen.findByLabelText('Loading the platform SLOs')).toBeInTheDocument();
    expect(screen.getByLabelText('Loading the DORA keys')).toBeInTheDocument();
  });

  it('names what failed to load', async () => {
    const api = mockStratumApi({
      getPlatformSlos: async () => Promise.reject(failure('objectives file unreadable')),
      listRuns: async () => ({ runs: [], nextCursor: null }),
    });
    await renderWithApis(<SloPage />, api);
    expect(await screen.findByText('Error: Could not load the platform SLOs')).toBeInTheDocument();
  });

  it('tells a newcomer what to run when the window holds no run', async () => {
    const empty = slo({ value: null, remainingErrorBudget: null, status: 'no_data', samples: 0, bad: 0 });
    const api = mockStratumApi({
      getPlatformSlos: async () => sloReport({ overall: [empty] }),
      listRuns: async () => ({ runs: [], nextCursor: null }),
    });
    await renderWithApis(<SloPage />, api);
    expect(await screen.findByText('No runs in this window yet')).toBeInTheDocument();
    expect(screen.getByText(/Run `npm run demo`/)).toBeInTheDocument();
    expect(
      screen.getByText('No environment has runs yet; the trend appears once one has.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Error budget: no data')).toBeInTheDocument();
  });

  it('shows one card per SLO with value, objective, status and remaining budget, and a trend per environment', async () => {
    const api = mockStratumApi({
      getPlatformSlos: async () => sloReport(),
      listRuns: twoEnvs,
      getSloTrend: async (filter = {}) => trend(filter.env!, filter.env === 'prod' ? [2, 0, 3] : [0, 0, 0]),
    });
    await renderWithApis(<SloPage />, api);
    expect(await screen.findByText('Deployment success rate')).toBeInTheDocument();
    expect(screen.getByLabelText('Deployment success rate: 90.0%')).toBeInTheDocument();
    expect(screen.getByText('Objective: at least 95.0%')).toBeInTheDocument();
    expect(screen.getByText('breached')).toBeInTheDocument();
    expect(screen.getByText('Error budget: overspent by 100.0%')).toBeInTheDocument();
    expect(screen.getByLabelText('Lead time: 1h')).toBeInTheDocument();
    expect(screen.getByText('Objective: p90 at most 24h')).toBeInTheDocument();
    expect(screen.getByText('Error budget: 100.0% left')).toBeInTheDocument();
    expect(screen.getByText('met')).toBeInTheDocument();

    expect(await screen.findByText('Trend in prod')).toBeInTheDocument();
    expect(
      await screen.findByRole('figure', {
        name: 'Deploy outcomes in prod per 1d over 30d: 5 deploys, 5 succeeded, 0 rolled back',
      }),
    ).toBeInTheDocument();
    expect(await screen.findByText('No finished deploy in dev in this window.')).toBeInTheDocument();
    expect(api.getSloTrend).toHaveBeenCalledWith({ env: 'dev', window: undefined, bucket: '1d' });
  });

  it('asks the backend for the chosen environment, window and grouping and shows the groups', async () => {
    const api = mockStratumApi({
      getPlatformSlos: async (filter = {}) =>
        filter.groupBy === 'layer'
          ? sloReport({
              groupBy: 'layer',
              groups: [
                { key: 'application', slos: [slo(), LEAD_TIME] },
                { key: 'data', slos: [slo({ value: 1, status: 'met' }), LEAD_TIME] },
              ],
            })
          : sloReport(),
      listRuns: twoEnvs,
      getSloTrend: async (filter = {}) => trend(filter.env!, [1]),
    });
    await renderWithApis(<SloPage />, api);
    await screen.findByText('Deployment success rate');
    await userEvent.click(screen.getByRole('button', { name: /Group by/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'layer' }));
    await userEvent.click(screen.getByRole('button', { name: /Window/ }));
    await userEvent.click(await screen.findByRole('option', { name: '7d' }));
    // the DORA card asks too, by service, so the page's own request is not always the last one
    await waitFor(() =>
      expect(api.getPlatformSlos).toHaveBeenCalledWith({
        env: undefined,
        window: '7d',
        groupBy: 'layer',
      }),
    );
    expect(api.getPlatformSlos).toHaveBeenCalledWith({ env: undefined, window: '7d', groupBy: 'service' });
    const table = await screen.findByRole('table', { name: 'SLOs by layer' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.firstElementChild?.textContent)).toEqual(['application', 'data']);
    expect(within(rows[1]!).getByText('100.0%')).toBeInTheDocument();
  });
});
