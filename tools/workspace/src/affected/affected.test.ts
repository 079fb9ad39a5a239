import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { computeAffected, GitError, type AffectedOptions } from '../index';
import { BASE_FILES, commitAll, makeRepo, service, sharedProject } from '../testing';

const TSCONFIG = JSON.parse(BASE_FILES['tsconfig.json']!) as { compilerOptions: { paths: object } };
TSCONFIG.compilerOptions.paths = {
  ...TSCONFIG.compilerOptions.paths,
  '@stratum/*': ['tools/*/src/index.ts'],
};

const MONITORING = (svc: string) =>
  [
    "import { join } from 'node:path';",
    "import { readSloFile } from '@stratum/slo';",
    "import '../../app/src/stack';",
    "import '@shared/observability';",
    `// alarms from services/${svc}/slo.yaml`,
    `export default class { slos = readSloFile(join(__dirname, '../../slo.yaml')); }`,
    '',
  ].join('\n');

/**
 * Two shared projects, two services. payments: data → app → monitoring (reads slo.yaml); orders: app, and a
 * monitoring stack that reads orders/slo.yaml. Libraries: tools/slo (used by both monitoring stacks) and
 * tools/constructs (used by the network only).
 */
function repo(extra: Record<string, string> = {}): { root: string; base: string } {
  return makeRepo({
    'tsconfig.json': JSON.stringify(TSCONFIG),
    'README.md': '# workspace\n',
    'docs/guide.md': '# guide\n',
    'environments/dev.yaml': 'name: dev\n',
    'environments/prod.yaml': 'name: prod\n',
    'tools/slo/src/index.ts': "export { readSloFile } from './parse';\n",
    'tools/slo/src/parse.ts': 'export function readSloFile(path: string) { return [path]; }\n',
    'tools/constructs/src/index.ts': "export * from './layers/network';\n",
    'tools/constructs/src/layers/network.ts': 'export class Vpc {}\n',
    ...sharedProject(
      'network',
      'infrastructure',
      "import { Vpc } from '@stratum/constructs';\nimport './index';\nexport default class { vpc = new Vpc(); }\n",
      'export const networkOutputs = {};\n',
    ),
    ...sharedProject('observability', 'platform', 'export default class {}\n', 'export {};\n'),
    ...service('payments', 'group:payments-team', {
      data: ['data', "import '@shared/network';\nexport default class {}\n"],
      app: ['application', "import '../../data/src/stack';\nexport default class {}\n"],
      monitoring: ['monitoring', MONITORING('payments')],
    }),
    'services/payments/slo.yaml': 'kind: SLO\n',
    ...service('orders', 'group:orders-team', {
      app: ['application'],
      monitoring: ['monitoring', MONITORING('orders')],
    }),
    'services/orders/slo.yaml': 'kind: SLO\n',
    ...extra,
  });
}

/** Library changes in these fake workspaces cannot be synthesized; tests of that say so. */
const fast: Partial<AffectedOptions> = { precision: 'importers' };

function edit(root: string, path: string, text = '// change\n'): void {
  appendFileSync(join(root, path), text);
}

describe('affected', () => {
  test('a project source edit: that project plus its dependants, in deploy order, with reasons and rules', async () => {
    const { root, base } = repo();
    edit(root, 'shared-infra/network/src/stack.ts');
    const result = await computeAffected(root, { base, head: commitAll(root, 'network'), ...fast });
    assert.deepEqual(result.deploy, ['network', 'payments-data', 'payments-app', 'payments-monitoring']);
    assert.deepEqual(result.destroy, []);
    assert.deepEqual(result.renamed, []);
    assert.equal(result.reasons.network, 'changed: shared-infra/network/src/stack.ts');
    assert.equal(result.rules.network, 'source');
    assert.equal(result.reasons['payments-app'], 'depends on payments-data');
    assert.equal(result.rules['payments-app'], 'dependant');
  });

  test('a docs edit (outside every project, imported by nothing) affects nothing; nor does a test file', async () => {
    const { root, base } = repo();
    edit(root, 'README.md', 'more\n');
    edit(root, 'docs/guide.md', 'more\n');
    writeFileSync(join(root, 'shared-infra/network/src/stack.test.ts'), 'test\n');
    const result = await computeAffected(root, { base, head: commitAll(root, 'docs') });
    assert.deepEqual(result.deploy, []);
    assert.deepEqual(result.reasons, {});
  });

  test("an slo.yaml edit: only that service's monitoring stack (the one whose code reads it)", async () => {
    const { root, base } = repo();
    edit(root, 'services/orders/slo.yaml', '# target 99.95\n');
    const result = await computeAffected(root, { base, head: commitAll(root, 'slo') });
    assert.deepEqual(result.deploy, ['orders-monitoring']);
    assert.equal(result.rules['orders-monitoring'], 'slo');
    assert.equal(result.reasons['orders-monitoring'], 'slo.yaml it reads changed: services/orders/slo.yaml');
  });

  test('an edit in tools/slo: every stack that imports it, through the package, transitively', async () => {
    const { root, base } = repo();
    edit(root, 'tools/slo/src/parse.ts');
    const result = await computeAffected(root, { base, head: commitAll(root, 'slo lib'), ...fast });
    assert.deepEqual(result.deploy, ['orders-monitoring', 'payments-monitoring']);
    assert.equal(result.rules['payments-monitoring'], 'library');
    assert.match(
      result.reasons['payments-monitoring']!,
      /^shared library changed: tools\/slo\/src\/parse.ts/,
    );
  });

  test('a constructs layer edit: every stack that uses it, and their dependants', async () => {
    const { root, base } = repo();
    edit(root, 'tools/constructs/src/layers/network.ts');
    const result = await computeAffected(root, { base, head: commitAll(root, 'layer'), ...fast });
    assert.deepEqual(result.deploy, ['network', 'payments-data', 'payments-app', 'payments-monitoring']);
    assert.equal(result.rules.network, 'library');
    assert.equal(result.rules['payments-data'], 'dependant');
  });

  test('a library change whose base cannot be synthesized falls back to every importer, and says so', async () => {
    const { root, base } = repo();
    edit(root, 'tools/constructs/src/layers/network.ts');
    const result = await computeAffected(root, { base, head: commitAll(root, 'layer') });
    assert.equal(result.rules.network, 'library');
    assert.match(
      result.reasons.network!,
      /the base could not be synthesized \(.+\), so every importer is selected/,
    );
  });

  test('a type-only import is not an input: erased before the code runs', async () => {
    const { root, base } = repo({
      'tools/constructs/src/types.ts': 'export interface Shape { a: string }\n',
      ...service('billing', 'group:orders-team', {
        app: [
          'application',
          "import type { Shape } from '../../../../tools/constructs/src/types';\nexport default class { s?: Shape; }\n",
        ],
      }),
    });
    edit(root, 'tools/constructs/src/types.ts', 'export interface Other { b: string }\n');
    const result = await computeAffected(root, { base, head: commitAll(root, 'types'), ...fast });
    assert.deepEqual(result.deploy, []);
  });

  test('an environment file change affects every project; with env, only its own file counts', async () => {
    const { root, base } = repo();
    edit(root, 'environments/prod.yaml', '# tweak\n');
    const head = commitAll(root, 'env');
    const all = await computeAffected(root, { base, head });
    assert.equal(all.deploy.length, 7);
    assert.equal(all.rules['orders-app'], 'environment');
    assert.equal(all.reasons['orders-app'], 'environment file changed: environments/prod.yaml');
    assert.deepEqual((await computeAffected(root, { base, head, env: 'dev' })).deploy, []);
    assert.equal((await computeAffected(root, { base, head, env: 'prod' })).deploy.length, 7);
  });

  test('org.yaml and the lockfile are inputs of every project; a service catalog of its projects only', async () => {
    const { root, base } = repo({ 'package-lock.json': '{}\n' });
    edit(root, 'services/orders/catalog-info.yaml', '# tweak\n');
    const catalog = await computeAffected(root, { base, head: commitAll(root, 'catalog') });
    assert.deepEqual(catalog.deploy, ['orders-app', 'orders-monitoring']);
    assert.equal(catalog.rules['orders-app'], 'catalog');
    writeFileSync(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n');
    const lock = await computeAffected(root, { base, head: commitAll(root, 'lock') });
    assert.equal(lock.deploy.length, 7);
    assert.equal(lock.rules.network, 'lockfile');
  });

  test('inputs declared in stratum.yaml select the project', async () => {
    const { root, base } = repo({
      'shared-infra/observability/stratum.yaml':
        'layer: platform\nowner: platform-team\ninputs:\n  - config/dashboards/**\n',
      'config/dashboards/main.json': '{}\n',
    });
    edit(root, 'config/dashboards/main.json', '\n');
    const result = await computeAffected(root, { base, head: commitAll(root, 'dashboards') });
    assert.deepEqual(result.deploy, ['observability', 'orders-monitoring', 'payments-monitoring']);
    assert.equal(result.rules.observability, 'declared');
    assert.equal(
      result.reasons.observability,
      'declared input (stratum.yaml inputs) changed: config/dashboards/main.json',
    );
  });

  test('a deletion: listed for destroy, dependants first, in the base graph; nothing to deploy', async () => {
    const { root, base } = repo();
    rmSync(join(root, 'services/payments'), { recursive: true });
    const result = await computeAffected(root, { base, head: commitAll(root, 'remove payments') });
    assert.deepEqual(result.deploy, []);
    assert.deepEqual(result.destroy, ['payments-monitoring', 'payments-app', 'payments-data']);
    assert.equal(result.rules['payments-data'], 'deleted');
    assert.match(result.reasons['payments-data']!, /deleted: services\/payments\/data\/stratum.yaml removed/);
  });

  test('a rename without previousName is a destroy of the old project and a create of the new one', async () => {
    const { root, base } = repo();
    renameSync(join(root, 'services/orders/app'), join(root, 'services/orders/api'));
    writeFileSync(
      join(root, 'services/orders/monitoring/src/stack.ts'),
      MONITORING('orders').replace('../../app/src/stack', '../../api/src/stack'),
    );
    const result = await computeAffected(root, { base, head: commitAll(root, 'rename') });
    assert.deepEqual(result.destroy, ['orders-app']);
    assert.deepEqual(result.renamed, []);
    assert.deepEqual(result.deploy, ['orders-api', 'orders-monitoring']);
    assert.equal(result.rules['orders-api'], 'source');
  });

  test('a rename with previousName is reported as a rename, never destroyed', async () => {
    const { root, base } = repo();
    renameSync(join(root, 'services/payments/data'), join(root, 'services/payments/database'));
    writeFileSync(
      join(root, 'services/payments/database/stratum.yaml'),
      'layer: data\npreviousName: payments-data\n',
    );
    writeFileSync(
      join(root, 'services/payments/app/src/stack.ts'),
      "import '../../database/src/stack';\nexport default class {}\n",
    );
    const result = await computeAffected(root, { base, head: commitAll(root, 'rename data') });
    assert.deepEqual(result.destroy, []);
    assert.deepEqual(result.renamed, [
      {
        from: 'payments-data',
        to: 'payments-database',
        fromRoot: 'services/payments/data',
        toRoot: 'services/payments/database',
      },
    ]);
    assert.deepEqual(result.deploy, ['payments-database', 'payments-app', 'payments-monitoring']);
    assert.equal(result.rules['payments-database'], 'renamed');
    assert.match(
      result.reasons['payments-database']!,
      /^renamed from payments-data \(previousName in services\/payments\/database\/stratum.yaml\)/,
    );
    assert.equal(result.reasons['payments-data'], undefined);
  });

  test('the working tree counts when no head is given, untracked files included', async () => {
    const { root, base } = repo();
    writeFileSync(join(root, 'services/orders/app/src/extra.ts'), 'export {};\n');
    assert.deepEqual((await computeAffected(root, { base })).deploy, ['orders-app', 'orders-monitoring']);
  });

  test('a head that is not checked out is read from a checkout of that commit', async () => {
    const { root, base } = repo();
    mkdirSync(join(root, 'services/orders/app/src/more'), { recursive: true });
    writeFileSync(join(root, 'services/orders/app/src/more/x.ts'), 'export {};\n');
    const head = commitAll(root, 'more');
    spawnSync('git', ['checkout', '-q', base], { cwd: root });
    assert.deepEqual((await computeAffected(root, { base, head })).deploy, [
      'orders-app',
      'orders-monitoring',
    ]);
  });

  test('a bad base ref is an error, never a silent fallback', async () => {
    const { root } = repo();
    await assert.rejects(
      () => computeAffected(root, { base: 'no-such-branch' }),
      (error: unknown) => {
        assert.ok(error instanceof GitError);
        assert.match(error.message, /--base: 'no-such-branch' is not a commit in this repository/);
        return true;
      },
    );
  });

  test('a shallow clone that lacks the base says to fetch more history', async () => {
    const { root, base } = repo();
    edit(root, 'shared-infra/network/src/stack.ts');
    commitAll(root, 'second');
    const clone = `${root}-shallow`;
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    await assert.rejects(
      () => computeAffected(clone, { base }),
      /not in this shallow clone\. Fetch the history it needs/,
    );
  });
});
