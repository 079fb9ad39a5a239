import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { discoverProjects } from '../discover';
import { makeWorkspace, service, sharedProject } from '../testing';
import { buildInputModel, globToRegExp, SourceGraph } from './index';

describe('input model', () => {
  const root = makeWorkspace({
    'tools/lib/src/index.ts': "export * from './a';\nexport type { T } from './types';\n",
    'tools/lib/src/a.ts': "import { b } from './b';\nexport const a = b;\n",
    'tools/lib/src/b.ts': 'export const b = 1;\n',
    'tools/lib/src/types.ts': 'export type T = string;\n',
    ...sharedProject(
      'network',
      'infrastructure',
      "import '../../../tools/lib/src/index';\nexport default class {}\n",
    ),
    ...service('orders', 'group:orders-team', {
      monitoring: [
        'monitoring',
        "// reads nothing named in a comment: slo.yaml\nconst f = 'slo.yaml';\nexport default class {}\n",
      ],
      app: ['application', '/* slo.yaml, readSloFile */\nexport default class {}\n'],
    }),
    'shared-infra/all-slos/stratum.yaml':
      'layer: monitoring\nowner: platform-team\ninputs: [config/*.json]\n',
    'shared-infra/all-slos/src/stack.ts': "import { readServiceSlos } from 'x';\nexport default class {}\n",
  });
  const model = buildInputModel(root, discoverProjects(root));

  test('imports are followed transitively into libraries; type-only re-exports are not', () => {
    const network = model.projects.get('network')!;
    assert.deepEqual(network.imports, ['tools/lib/src/a.ts', 'tools/lib/src/b.ts', 'tools/lib/src/index.ts']);
    assert.deepEqual(network.libraries, network.imports);
    assert.deepEqual(model.match('tools/lib/src/b.ts'), [{ project: 'network', kind: 'import' }]);
    assert.deepEqual(model.match('tools/lib/src/types.ts'), []);
  });

  test("slo.yaml is an input where the code reads it (tokens, never comments); readServiceSlos reads every service's", () => {
    assert.deepEqual(model.projects.get('orders-monitoring')!.slo, ['services/orders/slo.yaml']);
    assert.deepEqual(model.projects.get('orders-app')!.slo, []);
    assert.deepEqual(model.projects.get('all-slos')!.slo, ['services/*/slo.yaml']);
    assert.deepEqual(
      model
        .match('services/orders/slo.yaml')
        .map((m) => `${m.project}:${m.kind}`)
        .sort(),
      ['all-slos:slo', 'orders-monitoring:slo'],
    );
  });

  test('the folder (not its tests or cdktf.out), catalog, declared inputs and workspace files', () => {
    assert.deepEqual(model.match('services/orders/app/src/x.ts'), [
      { project: 'orders-app', kind: 'folder' },
    ]);
    assert.deepEqual(model.match('services/orders/app/src/x.test.ts'), []);
    assert.deepEqual(model.match('services/orders/app/cdktf.out/dev/x.json'), []);
    assert.deepEqual(
      model.match('services/orders/catalog-info.yaml').map((m) => m.project),
      ['orders-app', 'orders-monitoring'],
    );
    assert.deepEqual(model.match('config/a.json'), [{ project: 'all-slos', kind: 'declared' }]);
    assert.equal(model.match('environments/dev.yaml').length, 4);
    assert.equal(model.match('package-lock.json')[0]!.kind, 'lockfile');
    assert.deepEqual(model.match('docs/readme.md'), []);
  });

  test('globs: ** spans folders, * does not, a trailing / means everything under it', () => {
    assert.ok(globToRegExp('data/**').test('data/a/b.json'));
    assert.ok(globToRegExp('data/**/x.json').test('data/x.json'));
    assert.ok(!globToRegExp('data/*.json').test('data/a/b.json'));
    assert.ok(globToRegExp('data/').test('data/a/b.json'));
    assert.ok(!globToRegExp('a.b').test('axb'));
  });

  test('each file is resolved once, however many projects import it', () => {
    const graph = new SourceGraph(root);
    assert.equal(graph.imports('tools/lib/src/a.ts'), graph.imports('tools/lib/src/a.ts'));
  });
});
