import assert from 'node:assert/strict';
import { renameSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { commitAll, makeRepo, service, sharedProject } from '@stratum/workspace/src/testing';
import { runCli } from '../test/harness';

function repo() {
  return makeRepo({
    'environments/dev.yaml': 'name: dev\n',
    ...sharedProject(
      'network',
      'infrastructure',
      "import './index';\nexport default class {}\n",
      'export {};\n',
    ),
    ...service('orders', 'group:orders-team', {
      queue: ['data', "import '@shared/network';\nexport default class {}\n"],
      app: ['application', "import '../../queue/src/stack';\nexport default class {}\n"],
    }),
  });
}

describe('stratum affected', () => {
  test('--json prints deploy, destroy, renamed, reasons, rules and unchanged', async () => {
    const { root, base } = repo();
    appendFileSync(join(root, 'shared-infra/network/src/stack.ts'), '// change\n');
    renameSync(join(root, 'services/orders/app'), join(root, 'services/orders/api'));
    writeFileSync(
      join(root, 'services/orders/api/stratum.yaml'),
      'layer: application\npreviousName: orders-app\n',
    );
    const head = commitAll(root, 'change');
    const { code, stdout } = await runCli(root, 'affected', '--base', base, '--head', head, '--json');
    assert.equal(code, 0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json), ['deploy', 'destroy', 'renamed', 'reasons', 'rules', 'unchanged']);
    assert.deepEqual(json.deploy, ['network', 'orders-queue', 'orders-api']);
    assert.deepEqual(json.destroy, []);
    assert.deepEqual(json.renamed, [
      {
        from: 'orders-app',
        to: 'orders-api',
        fromRoot: 'services/orders/app',
        toRoot: 'services/orders/api',
      },
    ]);
    assert.deepEqual(json.rules, { network: 'source', 'orders-queue': 'dependant', 'orders-api': 'renamed' });
  });

  test('text output lists the deploy order with reasons, and renames', async () => {
    const { root, base } = repo();
    renameSync(join(root, 'services/orders/app'), join(root, 'services/orders/api'));
    writeFileSync(
      join(root, 'services/orders/api/stratum.yaml'),
      'layer: application\npreviousName: orders-app\n',
    );
    const { code, stdout } = await runCli(root, 'affected', '--base', base);
    assert.equal(code, 0);
    assert.match(stdout, /Changes [0-9a-f]{12}\.\.working tree/);
    assert.match(stdout, /1\. orders-api\s+renamed from orders-app/);
    assert.match(stdout, /Renamed \(state moves, nothing destroyed\):\n {2}orders-app -> orders-api/);
  });

  test('a missing --base, a bad --precision and a bad base ref are usage errors (exit 2)', async () => {
    const { root } = repo();
    assert.equal((await runCli(root, 'affected')).code, 2);
    const precision = await runCli(root, 'affected', '--base', 'HEAD', '--precision', 'exact');
    assert.equal(precision.code, 2);
    assert.match(precision.stderr, /--precision: got 'exact'; use synth or importers/);
    const bad = await runCli(root, 'affected', '--base', 'nope');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--base: 'nope' is not a commit in this repository/);
  });
});
