import type { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import type { ImpactReport, ProjectDrift } from '@stratum/plugin-stratum-common';
import { resource } from '../../testing/catalog';
import { failure, mockStratumApi, never } from '../../testing/mockApi';
import { renderWithApis } from '../../testing/render';
import { historyEntry, run } from '../../testing/runs';
import { EntityStratumResourceContent } from './EntityStratumResourceContent';

const NETWORK = resource('network', 'infrastructure', 'platform-team');
const prodRuns = async () => ({ runs: [run({ env: 'prod' })], nextCursor: null });

const IMPACT: ImpactReport = {
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

const DRIFTED: ProjectDrift = {
  project: 'network',
  env: 'prod',
  lastCheck: {
    runId: '01JD0000090000000000000000',
    startedAt: '2026-03-02T08:00:00.000Z',
    finishedAt: '2026-03-02T08:01:00.000Z',
    runStatus: 'failed',
    result: 'drifted',
    findings: [
      {
        stack: 'network',
        resourceAddress: 'aws_vpc.main',
        attribute: 'tags.team',
        expected: '"platform"',
        actual: '"someone"',
      },
    ],
    error: null,
  },
};

const render = (api: ReturnType<typeof mockStratumApi>, entity: Entity = NETWORK) =>
  renderWithApis(
    <EntityProvider entity={entity}>
      <EntityStratumResourceContent />
    </EntityProvider>,
    api,
  );

describe('EntityStratumResourceContent', () => {
  it('asks for the project annotation on a Resource that has none', async () => {
    const plain: Entity = { ...NETWORK, metadata: { name: 'bucket' } };
    await render(mockStratumApi(), plain);
    expect(await screen.findByText('stratum.dev/project', { selector: 'code' })).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await render(
      mockStratumApi({
        getImpact: never,
        listRuns: prodRuns,
        getProjectDrift: never,
        getStackHistory: never,
      }),
    );
    expect((await screen.findAllByRole('progressbar')).length).toBeGreaterThan(0);
  });

  it('names what failed to load and says what to run on an empty ledger', async () => {
    const api = mockStratumApi({
      getImpact: async () => Promise.reject(failure('workspace unreadable')),
      listRuns: async () => ({ runs: [], nextCursor: null }),
    });
    await render(api);
    expect(await screen.findByText('Error: Could not load the dependants of network')).toBeInTheDocument();
    expect(screen.getByText(/No runs recorded yet. Run `npm run demo`/)).toBeInTheDocument();
  });

  it('says when no drift check ran yet and nothing was deployed', async () => {
    const api = mockStratumApi({
      getImpact: async () => IMPACT,
      listRuns: prodRuns,
      getProjectDrift: async () => ({ project: 'network', env: 'prod', lastCheck: null }),
      getStackHistory: async (project, env) => ({ project, env, entries: [] }),
    });
    await render(api);
    expect(
      await screen.findByText(/No drift check ran in prod yet. Run `npx stratum drift --env prod`/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Nothing deployed in prod yet/)).toBeInTheDocument();
  });

  it('shows the dependants with owners, the last drift result and the history', async () => {
    const api = mockStratumApi({
      getImpact: async () => IMPACT,
      listRuns: prodRuns,
      getProjectDrift: async () => DRIFTED,
      getStackHistory: async (project, env) => ({
        project,
        env,
        entries: [historyEntry('network', 'succeeded', '2026-03-01T10:02:00.000Z')],
      }),
    });
    await render(api);
    const dependants = await screen.findByRole('list', { name: 'Projects that depend on network' });
    expect(within(dependants).getByRole('link', { name: 'payments-app' })).toBeInTheDocument();
    expect(within(dependants).getByText('application layer, owner payments-team')).toBeInTheDocument();
    expect(screen.getByText('Deploy order of a change: network → payments-app')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the impact graph of network' })).toHaveAttribute(
      'href',
      '/stratum/impact?project=network',
    );

    expect(await screen.findByText(/Drift found on 1 attribute\(s\)/)).toBeInTheDocument();
    const findings = screen.getByRole('table', { name: 'Drift findings' });
    expect(within(findings).getByText('aws_vpc.main')).toBeInTheDocument();
    expect(within(findings).getByText('"someone"')).toBeInTheDocument();
    expect(api.getProjectDrift).toHaveBeenCalledWith('network', 'prod');

    const history = await screen.findByRole('table', { name: 'Deploy history in prod' });
    expect(within(history).getAllByText('succeeded')).toHaveLength(2);
  });
});
