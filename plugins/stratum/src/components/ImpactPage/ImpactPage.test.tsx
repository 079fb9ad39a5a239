import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ImpactReport } from '@stratum/plugin-stratum-common';
import { catalogWith, resource } from '../../testing/catalog';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { ImpactPage } from './ImpactPage';

const catalog = catalogWith([
  resource('network', 'infrastructure', 'platform-team'),
  resource('payments-app', 'application', 'payments-team'),
]);

const REPORT: ImpactReport = {
  project: 'network',
  projects: [
    { name: 'network', layer: 'infrastructure', owner: 'platform-team', service: null, dependsOn: [] },
    {
      name: 'payments-app',
      layer: 'application',
      owner: 'payments-team',
      service: 'payments',
      dependsOn: ['network'],
    },
  ],
  dependants: ['payments-app'],
  services: ['payments'],
  owners: ['payments-team', 'platform-team'],
  deployOrder: ['network', 'payments-app'],
};

describe('ImpactPage', () => {
  it('shows progress while the impact loads', async () => {
    await renderWithApis(<ImpactPage />, mockStratumApi({ getImpact: never }), {
      catalogApi: catalog,
      path: '/?project=network',
    });
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('tells a newcomer how to get projects into the catalog', async () => {
    await renderWithApis(<ImpactPage />, mockStratumApi(), { catalogApi: catalogWith([]) });
    expect(await screen.findByText('No Stratum projects in the catalog')).toBeInTheDocument();
  });

  it('names the project whose impact failed to load', async () => {
    const api = mockStratumApi({ getImpact: async () => Promise.reject(failure('No project network')) });
    await renderWithApis(<ImpactPage />, api, { catalogApi: catalog, path: '/?project=network' });
    expect(await screen.findByText('Error: Could not load the impact of network')).toBeInTheDocument();
  });

  it('shows the dependants with their owners on the graph and the deploy order of the chosen project', async () => {
    const api = mockStratumApi({ getImpact: async () => REPORT });
    await renderWithApis(<ImpactPage />, api, { catalogApi: catalog });
    expect(
      await screen.findByText('Choose a project to see what a change to it reaches.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Project/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'network' }));
    await waitFor(() => expect(api.getImpact).toHaveBeenCalledWith('network'));
    expect(await screen.findByText(/1 dependants \(payments-app\); services payments/)).toBeInTheDocument();
    // jsdom lays nothing out, so DependencyGraph draws no node here; the browser suite sees them.
    expect(screen.getByRole('figure')).toHaveAccessibleName(
      'Dependency graph: network (infrastructure, owner platform-team) and its dependants payments-app (application, owner payments-team)',
    );
    const order = screen.getByRole('list', { name: 'Deploy order' });
    expect(
      within(order)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1. networkinfrastructure layer, owner platform-team',
      '2. payments-appapplication layer, owner payments-team',
    ]);
  });
});
