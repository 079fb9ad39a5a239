import type { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import { catalogWith, component, group, resource } from '../../testing/catalog';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { OwnershipPage } from './OwnershipPage';

const ENTITIES: Entity[] = [
  group('payments-team'),
  group('platform-team'),
  component('payments', 'payments-team'),
  resource('payments-app', 'application', 'payments-team', { dependencyOf: ['component:default/payments'] }),
  resource('payments-data', 'data', 'payments-team', { dependencyOf: ['component:default/payments'] }),
  resource('network', 'infrastructure', 'platform-team'),
  resource('observability', 'monitoring', 'unowned'),
];

const ORPHANS = {
  orphans: [
    {
      name: 'observability',
      root: 'shared-infra/observability',
      layer: 'monitoring',
      service: null,
      declaredOwner: null,
      reason:
        "shared-infra/observability/stratum.yaml: no owner; shared projects name their owner group, e.g. 'owner: platform-team'.",
    },
  ],
  problems: [
    'services/billing: src/stack.ts is missing; it must default-export the project StratumStack subclass.',
  ],
};

describe('OwnershipPage', () => {
  it('shows progress while the catalog loads', async () => {
    await renderWithApis(<OwnershipPage />, mockStratumApi({ getOrphans: never }), {
      catalogApi: { getEntities: never },
    });
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(0);
  });

  it('names what failed: the catalog, or the orphan report', async () => {
    const api = mockStratumApi({ getOrphans: async () => Promise.reject(failure('workspace unreadable')) });
    await renderWithApis(<OwnershipPage />, api, {
      catalogApi: { getEntities: async () => Promise.reject(failure('catalog down')) },
    });
    expect(
      await screen.findByText('Error: Could not load groups, services and stacks from the catalog'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Could not load the orphan report from the Stratum backend/),
    ).toBeInTheDocument();
  });

  it('tells a newcomer where groups and stacks come from', async () => {
    const api = mockStratumApi({ getOrphans: async () => ({ orphans: [], problems: [] }) });
    await renderWithApis(<OwnershipPage />, api, { catalogApi: catalogWith([]) });
    expect(await screen.findByText('No groups or Stratum projects in the catalog yet')).toBeInTheDocument();
    expect(await screen.findByText('Every stack has an owner.')).toBeInTheDocument();
  });

  it('shows groups, their services and stacks by layer, and flags the stack without an owner', async () => {
    const api = mockStratumApi({ getOrphans: async () => ORPHANS });
    await renderWithApis(<OwnershipPage />, api, { catalogApi: catalogWith(ENTITIES) });
    const stacks = await screen.findByRole('list', { name: 'Stacks of payments' });
    expect(
      within(stacks)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual(['data: payments-data', 'application: payments-app']);
    expect(within(stacks).getByRole('link', { name: 'payments-app' })).toHaveAttribute(
      'href',
      '/catalog/default/resource/payments-app',
    );
    const shared = screen.getByRole('list', { name: 'Shared stacks of platform-team' });
    expect(within(shared).getByText(/infrastructure:/)).toBeInTheDocument();

    const orphans = await screen.findByRole('table', { name: 'Stacks without an owner' });
    expect(within(orphans).getByText('observability')).toBeInTheDocument();
    expect(within(orphans).getByText(/no owner; shared projects name their owner group/)).toBeInTheDocument();
    expect(screen.getByText(/The workspace has 1 configuration problem\(s\)/)).toBeInTheDocument();
    expect(screen.getByText(/1 stack\(s\) without an owner in the catalog/)).toBeInTheDocument();
    const flagged = screen.getByRole('list', { name: 'Stacks without an owner in the catalog' });
    expect(flagged).toHaveTextContent('observability: names no owner');
    expect(screen.getByText(/src\/stack.ts is missing/)).toBeInTheDocument();
  });
});
