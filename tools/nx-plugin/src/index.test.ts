import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type {
  CreateDependenciesContext,
  CreateNodesContext,
  ProjectConfiguration,
} from 'nx/src/devkit-exports';
import { makeWorkspace, service, sharedProject } from '@stratum/workspace/src/testing';
import { createDependencies, createNodes, createNodesV2 } from './index';

function workspace(): string {
  return makeWorkspace({
    'environments/dev.yaml': 'name: dev\n',
    'environments/local.yaml': 'name: local\n',
    'tools/constructs/package.json': '{ "name": "@stratum/constructs" }\n',
    'tools/constructs/src/index.ts': 'export {};\n',
    ...sharedProject(
      'network',
      'infrastructure',
      "import '../../../tools/constructs/src/index';\nexport default class {}\n",
      'export {};\n',
    ),
    ...service('payments', 'group:payments-team', {
      data: ['data', "import { x } from '@shared/network';\nexport default class {}\n"],
    }),
  });
}

async function inferred(root: string): Promise<Record<string, ProjectConfiguration>> {
  const context = {
    workspaceRoot: root,
    nxJsonConfiguration: {},
    configFiles: [],
  } as unknown as CreateNodesContext;
  const files = ['shared-infra/network/stratum.yaml', 'services/payments/data/stratum.yaml'];
  const results = await createNodes[1](files, {}, context);
  return Object.assign({}, ...results.map(([, result]) => result.projects));
}

describe('nx plugin', () => {
  test('infers one project per stratum.yaml with layer and owner tags and per-environment targets', async () => {
    const projects = await inferred(workspace());
    const data = projects['services/payments/data']!;
    assert.equal(data.name, 'payments-data');
    assert.deepEqual(data.tags, ['layer:data', 'owner:payments-team', 'service:payments']);
    assert.deepEqual(projects['shared-infra/network']!.tags, [
      'layer:infrastructure',
      'owner:platform-team',
      'scope:shared',
    ]);
    const targets = data.targets!;
    assert.deepEqual(Object.keys(targets).sort(), ['deploy', 'drift', 'plan', 'policy', 'synth', 'validate']);
    assert.equal(targets.synth!.cache, true);
    assert.deepEqual(targets.synth!.outputs, ['{projectRoot}/cdktf.out/{options.env}']);
    const synth = targets.synth!.inputs as string[];
    assert.ok(synth.includes('{workspaceRoot}/environments/*.yaml'));
    assert.ok(synth.includes('{workspaceRoot}/services/org.yaml'));
    assert.ok(synth.includes('{workspaceRoot}/package-lock.json'));
    assert.ok(synth.includes('!{projectRoot}/cdktf.out/**'));
    assert.ok(synth.includes('{workspaceRoot}/services/payments/catalog-info.yaml'));
    // Imported files, transitively across packages, from the one input model: the accessor and the library.
    assert.ok(synth.includes('{workspaceRoot}/shared-infra/network/src/index.ts'));
    assert.ok(
      !synth.includes('{workspaceRoot}/tools/constructs/src/index.ts'),
      "the network's accessor imports no library; its stack.ts (which does) is not imported by payments-data",
    );
    const network = projects['shared-infra/network']!.targets!;
    assert.ok((network.synth!.inputs as string[]).includes('{workspaceRoot}/tools/constructs/src/index.ts'));
    // A deploy's inputs hold its upstreams' inputs, so nx affected selects dependants; no ^deploy.
    const deploy = targets.deploy!.inputs as string[];
    assert.ok(deploy.includes('{workspaceRoot}/shared-infra/network/**/*'));
    assert.ok(deploy.includes('{workspaceRoot}/tools/constructs/src/index.ts'));
    assert.equal(targets.deploy!.dependsOn, undefined);
    assert.equal(targets.deploy!.executor, '@stratum/nx-plugin:deploy');
    assert.deepEqual(targets.deploy!.options, { env: 'local' });
    assert.deepEqual(Object.keys(targets.deploy!.configurations!), ['dev', 'local']);
    assert.deepEqual(targets.deploy!.configurations!.dev, { env: 'dev' });
    assert.equal(targets.deploy!.defaultConfiguration, 'local');
    assert.equal(targets.plan!.executor, '@stratum/nx-plugin:stratum');
    assert.equal(createNodesV2, createNodes);
  });

  test('dependencies come from imports: accessors of other projects and workspace libraries', async () => {
    const root = workspace();
    const context = {
      workspaceRoot: root,
      projects: {
        network: { root: 'shared-infra/network' },
        'payments-data': { root: 'services/payments/data' },
        '@stratum/constructs': { root: 'tools/constructs' },
      },
    } as unknown as CreateDependenciesContext;
    const deps = await createDependencies({}, context);
    assert.deepEqual(
      deps.map((d) => [d.source, d.target, d.type, (d as { sourceFile?: string }).sourceFile]).sort(),
      [
        ['network', '@stratum/constructs', 'static', 'shared-infra/network/src/stack.ts'],
        ['payments-data', 'network', 'static', 'services/payments/data/src/stack.ts'],
      ],
    );
  });

  test('bad project metadata stops inference with the file named', async () => {
    const root = makeWorkspace({
      'shared-infra/x/stratum.yaml': 'layer: nope\nowner: platform-team\n',
      'shared-infra/x/src/stack.ts': '',
    });
    await assert.rejects(async () => inferred(root), /shared-infra\/x\/stratum.yaml: layer: got "nope"/);
  });
});
