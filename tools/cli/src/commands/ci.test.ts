import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { commitAll, makeRepo, service, sharedProject } from '@stratum/workspace/src/testing';
import { REPO_ROOT, runCli } from '../test/harness';
import type { CiMatrix } from './ci';

/** network ← svc-N-queue (data) ← svc-N-app (application), for `services` services. */
function repo(services: number) {
  const files: Record<string, string> = {
    'environments/dev.yaml': readFileSync(join(REPO_ROOT, 'environments', 'dev.yaml'), 'utf8'),
    ...sharedProject(
      'network',
      'infrastructure',
      "import './index';\nexport default class {}\n",
      'export {};\n',
    ),
  };
  for (let i = 1; i <= services; i++) {
    Object.assign(
      files,
      service(`svc-${i}`, 'group:orders-team', {
        queue: ['data', "import '@shared/network';\nexport default class {}\n"],
        app: ['application', "import '../../queue/src/stack';\nexport default class {}\n"],
      }),
    );
  }
  return makeRepo(files);
}

const matrix = async (root: string, ...args: string[]) => {
  const run = await runCli(root, 'ci', 'matrix', '--env', 'dev', ...args);
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
};

describe('stratum ci matrix', () => {
  test('a shared change: one worker per service chain, capped by --max; the default output is the matrix', async () => {
    const { root, base } = repo(5);
    try {
      appendFileSync(join(root, 'shared-infra/network/src/stack.ts'), '// change\n');
      const head = commitAll(root, 'change');
      const json = JSON.parse(
        await matrix(root, '--affected', '--base', base, '--head', head, '--json'),
      ) as CiMatrix;
      assert.deepEqual(json.width, { antichain: 5, widestWave: 5, projects: 11 });
      assert.deepEqual(json.matrix, { worker: [1, 2, 3, 4, 5] });
      assert.equal(json.workers, 5);
      assert.equal(json.max, 16);
      assert.deepEqual(json.regions, ['us-east-1']);
      assert.equal(json.projects[0], 'network');
      assert.equal(json.projects.length, 11);
      const capped = await matrix(root, '--affected', '--base', base, '--head', head, '--max', '2');
      assert.equal(capped.trim(), '{"worker":[1,2]}');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("one service's change is one chain: one worker; nothing changed still gives one (a matrix cannot be empty)", async () => {
    const { root, base } = repo(3);
    try {
      appendFileSync(join(root, 'services/svc-2/queue/src/stack.ts'), '// change\n');
      const one = JSON.parse(await matrix(root, '--affected', '--base', base, '--json')) as CiMatrix;
      assert.deepEqual(one.projects, ['svc-2-queue', 'svc-2-app']);
      assert.deepEqual(one.width, { antichain: 1, widestWave: 1, projects: 2 });
      assert.deepEqual(one.matrix, { worker: [1] });
      const head = commitAll(root, 'change');
      const none = JSON.parse(await matrix(root, '--affected', '--base', head, '--json')) as CiMatrix;
      assert.deepEqual(none.projects, []);
      assert.equal(none.width.antichain, 0);
      assert.deepEqual(none.matrix, { worker: [1] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test("this repository's example: --all is as wide as its widest antichain", async () => {
    const json = JSON.parse(await matrix(REPO_ROOT, '--all', '--json')) as CiMatrix;
    assert.ok(json.width.antichain >= json.width.widestWave);
    assert.equal(json.workers, Math.min(16, json.width.antichain));
    assert.deepEqual(
      json.matrix.worker,
      Array.from({ length: json.workers }, (_, i) => i + 1),
    );
  });

  test('usage errors name the flag, the value and the allowed range', async () => {
    for (const max of ['0', '257', 'many']) {
      const run = await runCli(REPO_ROOT, 'ci', 'matrix', '--env', 'dev', '--all', '--max', max);
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        new RegExp(`--max: got '${max}'; give a whole number of workers from 1 to 256`),
      );
    }
    const noEnv = await runCli(REPO_ROOT, 'ci', 'matrix', '--all');
    assert.equal(noEnv.code, 2);
    assert.match(noEnv.stderr, /--env <name> is required/);
    const noSub = await runCli(REPO_ROOT, 'ci', 'plan');
    assert.equal(noSub.code, 2);
    assert.match(noSub.stderr, /give a subcommand, matrix; got 'plan'/);
    const noTargets = await runCli(REPO_ROOT, 'ci', 'matrix', '--env', 'dev');
    assert.equal(noTargets.code, 2);
    assert.match(noTargets.stderr, /choose exactly one of --affected/);
  });
});
