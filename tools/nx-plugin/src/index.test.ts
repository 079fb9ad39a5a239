import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  AggregateCreateNodesError,
  type CreateDependenciesContext,
  type CreateNodesContext,
  type ProjectConfiguration,
} from 'nx/src/devkit-exports';
import { makeWorkspace, service, sharedProject } from '@stratum/workspace/src/testing';
import { discover } from './discovery';
import { createDependencies, createNodes, createNodesV2 } from './index';

function workspaceFiles(): Record<string, string> {
  return {
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
  };
}

function workspace(): string {
  return makeWorkspace(workspaceFiles());
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

  test('a broken stratum.yaml reports an error naming its file; the other projects and their edges stand', async () => {
    const root = makeWorkspace({
      ...workspaceFiles(),
      'shared-infra/x/stratum.yaml': 'layer: nope\nowner: platform-team\n',
      'shared-infra/x/src/stack.ts': '',
    });
    const files = ['shared-infra/network/stratum.yaml', 'services/payments/data/stratum.yaml'];
    const context = {
      workspaceRoot: root,
      nxJsonConfiguration: {},
      configFiles: [],
    } as unknown as CreateNodesContext;
    const error = await Promise.resolve(
      createNodes[1]([...files, 'shared-infra/x/stratum.yaml'], {}, context),
    ).then(
      () => assert.fail('createNodes reports the broken file'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof AggregateCreateNodesError);
    assert.deepEqual(
      error.errors.map(([file, e]) => [file, e.message]),
      [
        [
          'shared-infra/x/stratum.yaml',
          'shared-infra/x/stratum.yaml: layer: got "nope"; allowed layers: infrastructure, platform, data, application, security, monitoring.',
        ],
      ],
    );
    const projects = Object.assign({}, ...error.partialResults.map(([, r]) => r.projects));
    assert.deepEqual(Object.keys(projects).sort(), ['services/payments/data', 'shared-infra/network']);
    assert.deepEqual(
      projects['services/payments/data'],
      (await inferred(workspace()))['services/payments/data'],
    );

    const deps = await createDependencies({}, {
      workspaceRoot: root,
      projects: {
        network: { root: 'shared-infra/network' },
        'payments-data': { root: 'services/payments/data' },
      },
    } as unknown as CreateDependenciesContext);
    assert.deepEqual(
      deps.map((d) => [d.source, d.target]),
      [['payments-data', 'network']],
    );
  });

  test('a problem of no stratum.yaml (a stack without one) is reported under its own file', async () => {
    const root = makeWorkspace({ ...workspaceFiles(), 'shared-infra/loose/src/stack.ts': '' });
    const error = await inferred(root).catch((e: unknown) => e);
    assert.ok(error instanceof AggregateCreateNodesError);
    assert.deepEqual(
      error.errors.map(([file]) => file),
      ['shared-infra/loose/src/stack.ts'],
    );
    assert.equal(error.partialResults.length, 2);
  });

  test('createNodes and createDependencies share one discovery per content hash of what it reads', () => {
    const root = workspace();
    const first = discover(root);
    assert.equal(discover(root), first);
    writeFileSync(join(root, 'services/payments/data/stratum.yaml'), 'layer: data\ndescription: moved\n');
    const second = discover(root);
    assert.notEqual(second, first);
    assert.equal(second.sound.find((p) => p.name === 'payments-data')?.description, 'moved');
    rmSync(join(root, 'shared-infra/network/src/stack.ts'));
    assert.deepEqual(
      discover(root).sound.map((p) => p.name),
      ['payments-data'],
      'which stack entries exist is part of the key',
    );
  });
});
