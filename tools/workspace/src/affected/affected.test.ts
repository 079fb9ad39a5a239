import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { computeAffected, GitError } from './index';
import { makeWorkspace, service, sharedProject } from './testing';

function sh(root: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function commitAll(root: string, message: string): string {
  sh(root, 'add', '-A');
  sh(root, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', message);
  return sh(root, 'rev-parse', 'HEAD');
}

function repo(): { root: string; base: string } {
  const root = makeWorkspace({
    'environments/dev.yaml': 'name: dev\n',
    ...sharedProject(
      'network',
      'infrastructure',
      "import './index';\nexport default class {}\n",
      'export const networkOutputs = {};\n',
    ),
    ...sharedProject('observability', 'platform', 'export default class {}\n', 'export {};\n'),
    ...service('payments', 'group:payments-team', {
      data: ['data', "import '@shared/network';\nexport default class {}\n"],
      app: ['application', "import '../../data/src/stack';\nexport default class {}\n"],
      monitoring: [
        'monitoring',
        "import '../../app/src/stack';\nimport '@shared/observability';\nexport default class {}\n",
      ],
    }),
    ...service('orders', 'group:orders-team', { app: ['application'] }),
  });
  sh(root, 'init', '-q', '-b', 'main');
  return { root, base: commitAll(root, 'base') };
}

describe('affected', () => {
  test('a changed project plus all its dependants, in deploy order, with reasons', () => {
    const { root, base } = repo();
    appendFileSync(join(root, 'shared-infra/network/src/stack.ts'), '// change\n');
    const head = commitAll(root, 'change network');
    const result = computeAffected(root, { base, head });
    assert.deepEqual(result.deploy, ['network', 'payments-data', 'payments-app', 'payments-monitoring']);
    assert.deepEqual(result.destroy, []);
    assert.equal(result.reasons.network, 'changed: shared-infra/network/src/stack.ts');
    assert.equal(result.reasons['payments-app'], 'depends on payments-data');
  });

  test('the working tree counts when no head is given, untracked files included', () => {
    const { root, base } = repo();
    writeFileSync(join(root, 'services/orders/app/src/extra.ts'), 'export {};\n');
    assert.deepEqual(computeAffected(root, { base }).deploy, ['orders-app']);
  });

  test('a shared input (an environment file) affects every project', () => {
    const { root, base } = repo();
    appendFileSync(join(root, 'environments/dev.yaml'), '# tweak\n');
    const result = computeAffected(root, { base, head: commitAll(root, 'env') });
    assert.equal(result.deploy.length, 6);
    assert.equal(result.reasons['orders-app'], 'shared input changed: environments/dev.yaml');
  });

  test('a service catalog change affects that service only', () => {
    const { root, base } = repo();
    appendFileSync(join(root, 'services/orders/catalog-info.yaml'), '# tweak\n');
    assert.deepEqual(computeAffected(root, { base, head: commitAll(root, 'catalog') }).deploy, [
      'orders-app',
    ]);
  });

  test('deleted projects are listed for destroy, dependants first, not "everything affected"', () => {
    const { root, base } = repo();
    rmSync(join(root, 'services/payments'), { recursive: true });
    const result = computeAffected(root, { base, head: commitAll(root, 'remove payments') });
    assert.deepEqual(result.deploy, []);
    assert.deepEqual(result.destroy, ['payments-monitoring', 'payments-app', 'payments-data']);
    assert.match(result.reasons['payments-data']!, /deleted: services\/payments\/data\/stratum.yaml removed/);
  });

  test('an unknown base ref is an error, never a silent fallback', () => {
    const { root } = repo();
    assert.throws(
      () => computeAffected(root, { base: 'no-such-branch' }),
      (error: unknown) => {
        assert.ok(error instanceof GitError);
        assert.match(error.message, /--base: 'no-such-branch' is not a commit in this repository/);
        return true;
      },
    );
  });

  test('a shallow clone that lacks the base says to fetch more history', () => {
    const { root, base } = repo();
    appendFileSync(join(root, 'shared-infra/network/src/stack.ts'), '// 2\n');
    commitAll(root, 'second');
    const clone = `${root}-shallow`;
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    assert.throws(
      () => computeAffected(clone, { base }),
      /not in this shallow clone\. Fetch the history it needs/,
    );
  });
});
