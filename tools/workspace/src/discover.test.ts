import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError } from '@stratum/config';
import { GraphError } from '@stratum/graph';
import { discoverProjects, loadWorkspace } from './index';
import { makeWorkspace, service, sharedProject } from './testing';

describe('project discovery', () => {
  test('finds shared and service projects with layer, owner and names', () => {
    const root = makeWorkspace({
      ...sharedProject('network', 'infrastructure'),
      ...service('payments', 'group:payments-team', { data: ['data'], app: ['application'] }),
    });
    const projects = discoverProjects(root);
    assert.deepEqual(
      projects.map((p) => [p.name, p.root, p.layer, p.owner, p.service]),
      [
        ['network', 'shared-infra/network', 'infrastructure', 'platform-team', undefined],
        ['payments-app', 'services/payments/app', 'application', 'payments-team', 'payments'],
        ['payments-data', 'services/payments/data', 'data', 'payments-team', 'payments'],
      ],
    );
  });

  test('a project without a layer, with an unknown layer, or a shared project without owner is an error naming the file', () => {
    const root = makeWorkspace({
      'shared-infra/a/stratum.yaml': 'owner: platform-team\n',
      'shared-infra/a/src/stack.ts': '',
      'shared-infra/b/stratum.yaml': 'layer: networking\nowner: platform-team\n',
      'shared-infra/b/src/stack.ts': '',
      'shared-infra/c/stratum.yaml': 'layer: platform\n',
      'shared-infra/c/src/stack.ts': '',
    });
    assert.throws(
      () => discoverProjects(root),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(
          error.message,
          /shared-infra\/a\/stratum.yaml: layer is missing; declare one of infrastructure, platform/,
        );
        assert.match(
          error.message,
          /shared-infra\/b\/stratum.yaml: layer: got "networking"; allowed layers: infrastructure/,
        );
        assert.match(error.message, /shared-infra\/c\/stratum.yaml: owner is missing/);
        return true;
      },
    );
  });

  test('a stack folder without stratum.yaml is reported, not skipped', () => {
    const root = makeWorkspace({ 'shared-infra/orphan/src/stack.ts': '' });
    assert.throws(
      () => discoverProjects(root),
      /shared-infra\/orphan: has src\/stack.ts but no stratum.yaml/,
    );
  });

  test('a service whose catalog-info.yaml names no owner is an error naming the file and field', () => {
    const files = service('billing', 'group:payments-team', { app: ['application'] });
    files['services/billing/catalog-info.yaml'] =
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: billing\nspec:\n  type: service\n';
    const root = makeWorkspace(files);
    assert.throws(
      () => discoverProjects(root),
      /services\/billing\/catalog-info.yaml: spec.owner: got nothing/,
    );
  });

  test('an owner that is not a group in the org file is an error', () => {
    const root = makeWorkspace(service('billing', 'group:ghosts', { app: ['application'] }));
    assert.throws(() => discoverProjects(root), /spec.owner 'ghosts' is not a Group in services\/org.yaml/);
  });

  test('unknown keys and duplicate keys in stratum.yaml are errors', () => {
    const root = makeWorkspace({
      'shared-infra/a/stratum.yaml': 'layer: platform\nowner: platform-team\nlayers: data\n',
      'shared-infra/a/src/stack.ts': '',
      'shared-infra/b/stratum.yaml': 'layer: platform\nlayer: data\nowner: platform-team\n',
      'shared-infra/b/src/stack.ts': '',
    });
    assert.throws(
      () => discoverProjects(root),
      (error: unknown) => {
        assert.match(String(error), /shared-infra\/a\/stratum.yaml: unknown key\(s\) 'layers'/);
        assert.match(String(error), /shared-infra\/b\/stratum.yaml:2:1: Map keys must be unique/);
        return true;
      },
    );
  });

  test('inputs and previousName are read, typed and validated, errors naming the file and field', () => {
    const good = makeWorkspace({
      ...sharedProject('network', 'infrastructure'),
      'shared-infra/network/stratum.yaml':
        'layer: infrastructure\nowner: platform-team\ninputs: [config/cidrs.json, data/**]\npreviousName: vpc\n',
    });
    const [network] = discoverProjects(good);
    assert.deepEqual(network!.inputs, ['config/cidrs.json', 'data/**']);
    assert.equal(network!.previousName, 'vpc');

    const bad = makeWorkspace({
      'shared-infra/a/stratum.yaml':
        'layer: platform\nowner: platform-team\ninputs: [ok.json, ../secrets.txt]\n',
      'shared-infra/a/src/stack.ts': '',
      'shared-infra/b/stratum.yaml': 'layer: platform\nowner: platform-team\ninputs: config.json\n',
      'shared-infra/b/src/stack.ts': '',
      'shared-infra/c/stratum.yaml': 'layer: platform\nowner: platform-team\npreviousName: Old_Name\n',
      'shared-infra/c/src/stack.ts': '',
      'shared-infra/d/stratum.yaml': 'layer: platform\nowner: platform-team\npreviousName: e\n',
      'shared-infra/d/src/stack.ts': '',
      ...sharedProject('e', 'platform'),
    });
    assert.throws(
      () => discoverProjects(bad),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(
          error.message,
          /shared-infra\/a\/stratum.yaml: inputs\[1\]: got "..\/secrets.txt": must be a path or glob relative to the workspace root/,
        );
        assert.match(error.message, /shared-infra\/b\/stratum.yaml: inputs: got "config.json": /);
        assert.match(
          error.message,
          /shared-infra\/c\/stratum.yaml: previousName: got "Old_Name": must be a project name/,
        );
        assert.match(
          error.message,
          /shared-infra\/d\/stratum.yaml: previousName: got "e", which is still a project \(shared-infra\/e\)/,
        );
        return true;
      },
    );
  });
});

describe('edges from imports', () => {
  const network = sharedProject(
    'network',
    'infrastructure',
    "import './index';\nexport default class {}\n",
    'export const networkOutputs = {};\n',
  );

  test('an import of a shared accessor through @shared/<name> is an edge; so is a relative import of a sibling stack', () => {
    const root = makeWorkspace({
      ...network,
      ...service('payments', 'group:payments-team', {
        data: ['data', "import { networkOutputs } from '@shared/network';\nexport default class {}\n"],
        app: [
          'application',
          "import { x } from '../../data/src/outputs';\nimport cdktf from 'cdktf';\nexport default class {}\n",
        ],
      }),
      'services/payments/data/src/outputs.ts': 'export const x = 1;\n',
    });
    const workspace = loadWorkspace(root);
    const deps = Object.fromEntries(workspace.graph.projects.map((p) => [p.name, p.dependsOn]));
    assert.deepEqual(deps, { network: [], 'payments-app': ['payments-data'], 'payments-data': ['network'] });
  });

  test('imports in tests do not make edges', () => {
    const root = makeWorkspace({
      ...network,
      ...service('orders', 'group:orders-team', { app: ['application'] }),
      'services/orders/app/src/stack.test.ts': "import '@shared/network';\n",
    });
    assert.deepEqual(loadWorkspace(root).graph.projects.find((p) => p.name === 'orders-app')?.dependsOn, []);
  });

  test('a dependency on a higher layer fails naming both projects and layers', () => {
    const root = makeWorkspace({
      ...sharedProject(
        'network',
        'infrastructure',
        "import '@services/payments/app';\nexport default class {}\n",
      ),
      ...service('payments', 'group:payments-team', { app: ['application'] }),
      'services/payments/app/src/index.ts': 'export {};\n',
    });
    assert.throws(
      () => loadWorkspace(root),
      (error: unknown) => {
        assert.ok(error instanceof GraphError);
        assert.match(
          error.message,
          /network \(layer infrastructure\) depends on payments-app \(layer application\)/,
        );
        return true;
      },
    );
  });

  test('a cycle fails with its path', () => {
    const root = makeWorkspace({
      ...sharedProject('a', 'platform', "import '@shared/b';\nexport default class {}\n", 'export {};\n'),
      ...sharedProject('b', 'platform', "import '@shared/a';\nexport default class {}\n", 'export {};\n'),
    });
    assert.throws(() => loadWorkspace(root), /Dependency cycle: a -> b -> a/);
  });
});
