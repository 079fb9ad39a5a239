import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { failedRun, run, RUN_ID, stackEvent } from '../../testing/runs';
import { RunPage } from './RunPage';

function renderRun(api: ReturnType<typeof mockStratumApi>) {
  return renderWithApis(
    <Routes>
      <Route path="/deployments/:runId" element={<RunPage />} />
    </Routes>,
    api,
    { path: `/deployments/${RUN_ID}` },
  );
}

describe('RunPage', () => {
  it('shows progress while the run loads', async () => {
    await renderRun(mockStratumApi({ getRun: never }));
    expect(screen.getByRole('heading', { name: `Run ${RUN_ID}` })).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('names the run that could not be loaded', async () => {
    await renderRun(mockStratumApi({ getRun: async () => Promise.reject(failure('ledger unreachable')) }));
    expect(await screen.findByText(`Error: Could not load run ${RUN_ID}`)).toBeInTheDocument();
    expect(screen.getAllByText(/ledger unreachable/)[0]).toBeInTheDocument();
  });

  it('says when the run recorded no stack events', async () => {
    await renderRun(
      mockStratumApi({ getRun: async () => ({ ...run({ status: 'interrupted' }), events: [] }) }),
    );
    expect(await screen.findByText(/This run recorded no stack events/)).toBeInTheDocument();
  });

  it('shows the failure, the skipped dependant, the rollback and terraform error text', async () => {
    const api = mockStratumApi({ getRun: async () => failedRun() });
    await renderRun(api);
    expect(await screen.findByText(/Failed: payments-data\./)).toBeInTheDocument();
    expect(api.getRun).toHaveBeenCalledWith(RUN_ID);
    expect(
      screen.getByText(/Skipped because a dependency did not succeed: payments-app\./),
    ).toBeInTheDocument();
    expect(screen.getByText(/Rolled back: network\./)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Stacks of this run' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual([
      'network',
      'payments-data',
      'payments-app',
    ]);
    expect(within(rows[0]!).getByText('rolled back')).toBeInTheDocument();
    expect(within(rows[0]!).getByText(/after succeeded, rollback took 18s/)).toBeInTheDocument();
    expect(within(rows[0]!).getByText('+2 ~1 -0')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('failed')).toBeInTheDocument();
    expect(within(rows[1]!).getByText(/ResourceInUseException/)).toBeInTheDocument();
    expect(within(rows[2]!).getByText('skipped')).toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      'Timeline of 3 stacks: network rolled back, payments-data failed, payments-app skipped',
    );
    expect(screen.getByRole('link', { name: 'Back to all deployments' })).toHaveAttribute(
      'href',
      '/stratum/deployments',
    );
  });

  it('shows a destroyed stack as destroyed, not rolled back', async () => {
    const events = [
      stackEvent('old-app', 'application', 'applying', 1, { plan: { adds: 0, changes: 0, destroys: 3 } }),
      stackEvent('old-app', 'application', 'destroyed', 9),
    ];
    await renderRun(mockStratumApi({ getRun: async () => ({ ...run({ eventCount: 2 }), events }) }));
    expect(await screen.findByText(/Destroyed \(not rolled back\): old-app\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Stacks of this run' });
    expect(within(table).getByText('destroyed')).toBeInTheDocument();
    expect(within(table).getByText('+0 ~0 -3')).toBeInTheDocument();
  });
});
