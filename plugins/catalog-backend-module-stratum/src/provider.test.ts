import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  catalogProcessingExtensionPoint,
  type EntityProvider,
  type EntityProviderConnection,
  type EntityProviderMutation,
} from '@backstage/plugin-catalog-node';
import { WorkspaceReader } from '@stratum/plugin-stratum-node';
import { demoWorkspace, ORPHAN_FILES, removeWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { catalogModuleStratum } from './module';
import { StratumEntityProvider } from './provider';

/** A catalog connection that keeps what the provider applied. */
class RecordingConnection implements EntityProviderConnection {
  readonly mutations: EntityProviderMutation[] = [];
  async applyMutation(mutation: EntityProviderMutation): Promise<void> {
    this.mutations.push(mutation);
  }
  async refresh(): Promise<void> {}
  entities(): Entity[] {
    const last = this.mutations.at(-1);
    return last?.type === 'full' ? last.entities.map((e) => e.entity) : [];
  }
}

const logger = mockServices.logger.mock();
const roots: string[] = [];
function workspace(extra?: Record<string, string>): string {
  const root = demoWorkspace(extra);
  roots.push(root);
  return root;
}
afterAll(() => roots.forEach(removeWorkspace));

async function emit(root: string): Promise<{ entities: Entity[]; connection: RecordingConnection }> {
  const provider = new StratumEntityProvider({ reader: new WorkspaceReader({ root }), logger });
  const connection = new RecordingConnection();
  await provider.connect(connection);
  await provider.refresh();
  return { entities: connection.entities(), connection };
}

const byRef = (entities: Entity[]) =>
  new Map(entities.map((e) => [`${e.kind.toLowerCase()}:${e.metadata.name}`, e]));

describe('StratumEntityProvider', () => {
  it('emits one terraform-stack Resource per project with owner, system, layer and dependencies', async () => {
    const { entities, connection } = await emit(workspace());
    expect(connection.mutations).toHaveLength(1);
    expect(connection.mutations[0]?.type).toBe('full');
    const refs = byRef(entities);
    expect([...refs.keys()].sort()).toEqual([
      'resource:network',
      'resource:observability',
      'resource:orders-app',
      'resource:payments-app',
      'resource:payments-data',
      'resource:payments-monitoring',
      'resource:payments-security',
      'system:platform',
    ]);
    const app = refs.get('resource:payments-app')!;
    expect(app.spec).toEqual({
      type: 'terraform-stack',
      owner: 'group:default/payments-team',
      dependsOn: ['resource:default/network'],
      dependencyOf: ['component:default/payments'],
    });
    expect(app.metadata.annotations?.['stratum.dev/layer']).toBe('application');
    expect(app.metadata.annotations?.['backstage.io/managed-by-location']).toBe(
      `file:${roots.at(-1)}/services/payments/app/stratum.yaml`,
    );
    const observability = refs.get('resource:observability')!;
    expect(observability.spec).toMatchObject({
      system: 'platform',
      owner: 'group:default/platform-team',
      dependsOn: ['resource:default/network'],
    });
    expect(observability.spec?.dependencyOf).toBeUndefined();
    expect(refs.get('system:platform')?.spec).toEqual({ owner: 'group:default/platform-team' });
  });

  it("does not emit the services' Components: their stacks point at them with dependencyOf", async () => {
    const { entities } = await emit(workspace());
    expect(entities.some((e) => e.kind === 'Component')).toBe(false);
    const dependencyOf = entities.flatMap((e) => (e.spec?.dependencyOf as string[] | undefined) ?? []);
    expect(new Set(dependencyOf)).toEqual(
      new Set(['component:default/payments', 'component:default/orders']),
    );
  });

  it('puts a service stack in the system its catalog-info.yaml names', async () => {
    const root = workspace({
      'services/orders/catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders-api\nspec:\n  type: service\n  lifecycle: production\n  owner: group:orders-team\n  system: commerce\n',
    });
    const refs = byRef((await emit(root)).entities);
    expect(refs.get('resource:orders-app')?.spec).toMatchObject({
      system: 'commerce',
      dependencyOf: ['component:default/orders-api'],
    });
  });

  it('reports orphans in the log and emits them flagged, never dropping them', async () => {
    const warn = jest.spyOn(logger, 'warn');
    const { entities } = await emit(workspace(ORPHAN_FILES));
    const refs = byRef(entities);
    expect(refs.get('resource:lonely')?.spec?.owner).toBe('group:default/unowned');
    expect(refs.get('resource:lonely')?.metadata.annotations?.['stratum.dev/orphan']).toMatch(/no owner/);
    expect(refs.get('resource:haunted')?.spec?.owner).toBe('group:default/ghost-team');
    expect(refs.get('resource:haunted')?.metadata.annotations?.['stratum.dev/orphan']).toMatch(/not a Group/);
    expect(
      warn.mock.calls.map(([message]) => message).filter((m) => /no resolvable owner/.test(m)),
    ).toHaveLength(2);
  });

  it('replaces its entities on the next refresh, so a deleted project leaves the catalog', async () => {
    const root = workspace();
    const provider = new StratumEntityProvider({ reader: new WorkspaceReader({ root }), logger });
    const connection = new RecordingConnection();
    await provider.connect(connection);
    await provider.refresh();
    removeWorkspace(`${root}/services/orders`);
    await provider.refresh();
    expect(connection.mutations).toHaveLength(2);
    expect(byRef(connection.entities()).has('resource:orders-app')).toBe(false);
  });
});

describe('catalogModuleStratum', () => {
  it('adds the provider to the catalog and runs it on its schedule', async () => {
    const root = workspace();
    const providers: EntityProvider[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          catalogProcessingExtensionPoint,
          { addEntityProvider: (...p: unknown[]) => providers.push(...(p.flat() as EntityProvider[])) },
        ],
      ],
      features: [
        catalogModuleStratum,
        mockServices.rootConfig.factory({
          data: {
            stratum: { workspaceRoot: root },
            catalog: {
              providers: { stratum: { schedule: { frequency: { minutes: 10 }, timeout: { minutes: 1 } } } },
            },
          },
        }),
      ],
    });
    expect(providers.map((p) => p.getProviderName())).toEqual(['stratum-workspace']);
    const connection = new RecordingConnection();
    await providers[0]!.connect(connection);
    await (providers[0] as StratumEntityProvider).refresh();
    expect(connection.entities()).toHaveLength(8);
  });
});
