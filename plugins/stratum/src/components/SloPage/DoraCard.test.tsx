import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SloFilter } from '../../api';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { dora, sloReport } from '../../testing/slos';
import { DoraCard } from './DoraCard';

const EMPTY = dora({
  key: '*',
  deploys: 0,
  deploysPerDay: 0,
  leadTime: { p50: null, p90: null, samples: 0 },
  changeFailureRate: null,
  finished: 0,
  mttr: null,
  incidents: 0,
  recovered: 0,
});

describe('DoraCard', () => {
  it('shows progress while the DORA keys load', async () => {
    await renderWithApis(<DoraCard />, mockStratumApi({ getPlatformSlos: never }));
    expect(await screen.findByLabelText('Loading the DORA keys')).toBeInTheDocument();
  });

  it('names what failed to load', async () => {
    const api = mockStratumApi({ getPlatformSlos: async () => Promise.reject(failure('ledger away')) });
    await renderWithApis(<DoraCard />, api);
    expect(await screen.findByText('Error: Could not load the DORA keys')).toBeInTheDocument();
  });

  it('says what to run when no deploy finished in the window', async () => {
    const api = mockStratumApi({
      getPlatformSlos: async () => sloReport({ dora: { overall: EMPTY, groups: [] } }),
    });
    await renderWithApis(<DoraCard env="prod" window="7d" />, api);
    expect(await screen.findByText(/No finished deploy in this window/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(api.getPlatformSlos).toHaveBeenCalledWith({ env: 'prod', window: '7d', groupBy: 'service' });
  });

  it('shows the four keys overall and per service, and per owner when asked', async () => {
    const api = mockStratumApi({
      getPlatformSlos: async (filter: SloFilter = {}) =>
        sloReport({
          groupBy: filter.groupBy ?? null,
          dora: {
            overall: dora({ key: '*' }),
            groups:
              filter.groupBy === 'owner'
                ? [dora({ key: 'payments-team' })]
                : [
                    dora({
                      ...EMPTY,
                      key: 'orders',
                      finished: 2,
                      changeFailureRate: 0.5,
                      incidents: 1,
                    }),
                    dora({ key: 'payments' }),
                  ],
          },
        }),
    });
    await renderWithApis(<DoraCard />, api);
    const table = await screen.findByRole('table', { name: 'DORA keys by service' });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(header).toEqual([
      'Service',
      'Deployment frequency',
      'Lead time for changes',
      'Change failure rate',
      'Time to restore (mean)',
    ]);
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells).toEqual([
      ['All', '4 (0.13/day)', 'p50 20m, p90 1h (3)', '20.0% of 5', '1h (1 of 1)'],
      ['orders', '0 (0.00/day)', 'no data', '50.0% of 2', '1 open'],
      ['payments', '4 (0.13/day)', 'p50 20m, p90 1h (3)', '20.0% of 5', '1h (1 of 1)'],
    ]);

    await userEvent.click(screen.getByRole('button', { name: /DORA by/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'owner' }));
    await waitFor(() =>
      expect(api.getPlatformSlos).toHaveBeenLastCalledWith({
        env: undefined,
        window: undefined,
        groupBy: 'owner',
      }),
    );
    const byOwner = await screen.findByRole('table', { name: 'DORA keys by owner' });
    expect(within(byOwner).getByText('payments-team')).toBeInTheDocument();
  });
});
