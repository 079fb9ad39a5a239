import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { service, sharedProject } from '@stratum/workspace/src/testing';
import { cliWorkspace, EMPTY_STACK, REPO_ROOT, runCli } from '../test/harness';

describe('stratum graph', () => {
  test('--json lists the example workspace: 4 shared projects and both services, with layer, owner and edges', async () => {
    const { code, stdout } = await runCli(REPO_ROOT, 'graph', '--json');
    assert.equal(code, 0);
    const { projects } = JSON.parse(stdout) as {
      projects: { name: string; layer: string; owner: string; dependsOn: string[] }[];
    };
    const byName = Object.fromEntries(projects.map((p) => [p.name, p]));
    assert.deepEqual(Object.keys(byName).sort(), [
      'network',
      'observability',
      'orders-app',
      'orders-monitoring',
      'orders-queue',
      'payments-app',
      'payments-data',
      'payments-monitoring',
      'payments-security',
      'platform',
      'security-baseline',
    ]);
    assert.equal(byName.network?.layer, 'infrastructure');
    assert.equal(byName.network?.owner, 'platform-team');
    assert.equal(byName['payments-data']?.owner, 'payments-team');
    assert.equal(byName['orders-queue']?.layer, 'data');
    assert.ok(byName['payments-app']?.dependsOn.includes('payments-data'));
    assert.ok(byName['payments-app']?.dependsOn.includes('platform'));
    assert.ok(byName['payments-data']?.dependsOn.includes('network'));
    assert.ok(byName['orders-app']?.dependsOn.includes('orders-queue'));
    assert.ok(byName['payments-monitoring']?.dependsOn.includes('observability'));
  });

  test('text output is in deploy order', async () => {
    const { code, stdout } = await runCli(REPO_ROOT, 'graph');
    assert.equal(code, 0);
    const names = stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s+/)[0]);
    assert.ok(names.indexOf('network') < names.indexOf('payments-data'));
    assert.ok(names.indexOf('payments-data') < names.indexOf('payments-app'));
    assert.ok(names.indexOf('payments-app') < names.indexOf('payments-monitoring'));
  });

  test('a layer violation exits 1 naming both projects', async () => {
    const root = cliWorkspace({
      ...sharedProject('network', 'infrastructure', `import '@shared/observability';\n${EMPTY_STACK}`),
      ...sharedProject('observability', 'monitoring', EMPTY_STACK, 'export {};\n'),
    });
    const { code, stderr } = await runCli(root, 'graph');
    assert.equal(code, 1);
    assert.match(stderr, /network \(layer infrastructure\) depends on observability \(layer monitoring\)/);
  });

  test('a project with an unknown layer exits 1 naming its file', async () => {
    const root = cliWorkspace({
      ...service('billing', 'group:payments-team', { app: ['frontend', EMPTY_STACK] }),
    });
    const { code, stderr } = await runCli(root, 'graph', '--json');
    assert.equal(code, 1);
    assert.match(stderr, /services\/billing\/app\/stratum.yaml: layer: got "frontend"; allowed layers/);
  });

  test('an unknown option is a usage error (exit 2) with help', async () => {
    const { code, stderr } = await runCli(REPO_ROOT, 'graph', '--jsn');
    assert.equal(code, 2);
    assert.match(stderr, /Unknown option '--jsn'/);
    assert.match(stderr, /Usage: stratum graph/);
  });

  test('an unknown command is a usage error listing the commands', async () => {
    const { code, stderr } = await runCli(REPO_ROOT, 'deploi');
    assert.equal(code, 2);
    assert.match(stderr, /unknown command 'deploi'/);
    assert.match(stderr, /synth/);
  });
});
