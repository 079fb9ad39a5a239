import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { RUN_ID } from '../../testing/runs';
import { StratumPage } from './StratumPage';

const api = () =>
  mockStratumApi({
    listRuns: never,
    getRun: never,
    getAdoption: never,
    getPlatformSlos: never,
    getOrphans: never,
    getCompliance: never,
  });
const catalogApi = { getEntities: never };

describe('StratumPage', () => {
  it('opens on Deployments under a header with one tab per view', async () => {
    await renderWithApis(<StratumPage />, api(), { catalogApi });
    expect(screen.getByRole('heading', { name: 'Stratum', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Deployments', level: 2 })).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
    expect(tabs).toEqual([
      'Deployments',
      'Promotions',
      'Ownership',
      'Platform SLOs',
      'Adoption',
      'Compliance',
      'Impact',
    ]);
    expect(screen.getByRole('tab', { name: 'Adoption' })).toHaveAttribute('href', '/adoption');
  });

  it.each([
    ['/ownership', 'Ownership'],
    ['/slos', 'Platform SLOs'],
    ['/adoption', 'Adoption'],
    ['/compliance', 'Compliance'],
    ['/impact', 'Impact'],
    [`/deployments/${RUN_ID}`, `Run ${RUN_ID}`],
  ])('shows %s', async (path, heading) => {
    await renderWithApis(<StratumPage />, api(), { catalogApi, path });
    expect(screen.getByRole('heading', { name: heading, level: 2 })).toBeInTheDocument();
  });

  it('selects the tab of the sub-route when mounted at /stratum like the app does', async () => {
    await renderWithApis(
      <Routes>
        <Route path="/stratum/*" element={<StratumPage />} />
      </Routes>,
      api(),
      { catalogApi, path: '/stratum/slos' },
    );
    expect(screen.getByRole('heading', { name: 'Platform SLOs', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Platform SLOs' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Deployments' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tab', { name: 'Impact' })).toHaveAttribute('href', '/stratum/impact');
  });
});
