import { discoverProjects } from '@stratum/workspace';
import { readWorkspaceSnapshot } from './snapshot';
import { demoWorkspace, ORPHAN_FILES, removeWorkspace } from './testing';
import { WorkspaceReader } from './reader';

describe('readWorkspaceSnapshot', () => {
  const roots: string[] = [];
  const workspace = (extra?: Record<string, string>) => {
    const root = demoWorkspace(extra);
    roots.push(root);
    return root;
  };
  afterAll(() => roots.forEach(removeWorkspace));

  it('reads projects with layer, owner, service and import edges', () => {
    const snapshot = readWorkspaceSnapshot(workspace());
    expect(snapshot.projects.map((p) => [p.name, p.layer, p.owner, p.service, p.dependsOn])).toEqual([
      ['network', 'infrastructure', 'platform-team', null, []],
      ['observability', 'monitoring', 'platform-team', null, ['network']],
      ['orders-app', 'application', 'orders-team', 'orders', ['network']],
      ['payments-app', 'application', 'payments-team', 'payments', ['network']],
      ['payments-data', 'data', 'payments-team', 'payments', ['network']],
      ['payments-monitoring', 'monitoring', 'payments-team', 'payments', ['observability']],
      ['payments-security', 'security', 'payments-team', 'payments', []],
    ]);
    expect(snapshot.services.map((s) => [s.name, s.component, s.owner])).toEqual([
      ['orders', 'orders', 'orders-team'],
      ['payments', 'payments', 'payments-team'],
    ]);
    expect(snapshot.orphans).toEqual([]);
    expect(snapshot.problems).toEqual([]);
  });

  it('keeps projects whose owner does not resolve, as orphans with the reason', () => {
    const snapshot = readWorkspaceSnapshot(workspace(ORPHAN_FILES));
    expect(snapshot.byName.get('lonely')?.owner).toBeNull();
    expect(snapshot.byName.get('haunted')?.dependsOn).toEqual(['network']);
    expect(snapshot.orphans.map((o) => [o.name, o.declaredOwner])).toEqual([
      ['haunted', 'ghost-team'],
      ['lonely', null],
    ]);
    expect(snapshot.orphans[0]?.reason).toMatch(/owner 'ghost-team' is not a Group in services\/org.yaml/);
    expect(snapshot.orphans[1]?.reason).toMatch(/shared-infra\/lonely\/stratum.yaml: no owner/);
    // An orphan's reason is not listed again among the problems.
    expect(snapshot.problems).toEqual([]);
  });

  it('orphans every stack of a service whose catalog-info.yaml cannot name an owner', () => {
    const snapshot = readWorkspaceSnapshot(
      workspace({
        'services/orders/catalog-info.yaml':
          'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: orders\nspec:\n  type: service\n',
      }),
    );
    expect(snapshot.orphans.map((o) => o.name)).toEqual(['orders-app']);
    expect(snapshot.orphans[0]?.reason).toMatch(/spec.owner/);
    expect(snapshot.services.find((s) => s.name === 'orders')?.owner).toBeNull();
    expect(snapshot.problems).toEqual([]);
  });

  it("applies discoverProjects' owner check: a stack naming another owner than its service's is a problem", () => {
    const root = workspace({
      'services/orders/app/stratum.yaml': 'layer: application\nowner: payments-team\n',
    });
    const snapshot = readWorkspaceSnapshot(root);
    expect(snapshot.problems).toEqual([
      "services/orders/app/stratum.yaml: owner 'payments-team' differs from the service owner 'orders-team' in services/orders/catalog-info.yaml; remove it here.",
    ]);
    // The project stays, owned by its service, as the strict loader would own it; it is no orphan.
    expect(snapshot.byName.get('orders-app')?.owner).toBe('orders-team');
    expect(snapshot.orphans).toEqual([]);
    expect(() => discoverProjects(root)).toThrow(snapshot.problems[0]);
  });

  it('collects unreadable manifests and graph rule breaks as problems instead of failing', () => {
    const snapshot = readWorkspaceSnapshot(
      workspace({
        'shared-infra/broken/stratum.yaml': 'layer: [\n',
        'shared-infra/broken/src/stack.ts': '',
        // an infrastructure project importing a monitoring one breaks the layer rule
        'shared-infra/network/src/stack.ts': "import '@shared/observability';\nexport default class {}\n",
      }),
    );
    expect(snapshot.problems.some((p) => p.startsWith('shared-infra/broken/stratum.yaml'))).toBe(true);
    expect(snapshot.problems.some((p) => /network/.test(p) && /observability/.test(p))).toBe(true);
    expect(snapshot.byName.has('network')).toBe(true);
  });
});

describe('WorkspaceReader', () => {
  it('serves the snapshot until it is older than maxAgeMs', () => {
    const root = demoWorkspace();
    let now = 0;
    const reader = new WorkspaceReader({ root, maxAgeMs: 1000, clock: () => new Date(now) });
    const first = reader.get();
    now = 999;
    expect(reader.get()).toBe(first);
    now = 1000;
    expect(reader.get()).not.toBe(first);
    removeWorkspace(root);
  });
});
