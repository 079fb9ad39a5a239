import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { findMotoServer, freePort } from '@stratum/emulator';
import { missing } from '@stratum/testing';
import { cliWorkspace, REPO_ROOT, runCli } from '../test/harness';

const moto = findMotoServer({ root: REPO_ROOT, processEnv: process.env });
const noMoto = missing(
  'moto_server',
  moto !== undefined,
  "pip install 'moto[server]==5.2.1', or run `stratum local up` once",
);

const local = (root: string, ...args: string[]) => runCli(root, 'local', ...args);

describe('stratum local', { skip: noMoto }, () => {
  const root = cliWorkspace({});
  after(async () => {
    await local(root, 'down');
    rmSync(root, { recursive: true, force: true });
  });

  test('status, up, status, down on the endpoint of environments/local.yaml', async () => {
    const file = join(root, 'environments', 'local.yaml');
    const port = await freePort();
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('http://127.0.0.1:4566', `http://127.0.0.1:${port}`),
    );

    const before = await local(root, 'status');
    assert.equal(before.code, 1);
    assert.match(before.stdout, new RegExp(`local emulator: stopped \\(http://127\\.0\\.0\\.1:${port}\\)`));

    const up = await local(root, 'up');
    assert.equal(up.code, 0, up.stderr);
    assert.match(up.stdout, /local emulator: started \(.*moto_server\)\. running \(pid \d+/);

    const status = await local(root, 'status', '--json');
    assert.equal(status.code, 0);
    const parsed = JSON.parse(status.stdout) as { state: string; responding: boolean; endpoint: string };
    assert.deepEqual(
      [parsed.state, parsed.responding, parsed.endpoint],
      ['running', true, `http://127.0.0.1:${port}`],
    );

    assert.match((await local(root, 'up')).stdout, /^local emulator: running \(pid \d+/);

    const down = await local(root, 'down');
    assert.equal(down.code, 0);
    assert.match(down.stdout, /stopped; its resources are gone/);
    assert.equal((await local(root, 'status')).code, 1);
  });

  test('up --env local-prod creates the S3 state bucket on the emulator, once', async () => {
    const file = join(root, 'environments', 'local-prod.yaml');
    const port = await freePort();
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('http://127.0.0.1:4566', `http://127.0.0.1:${port}`),
    );
    try {
      const up = await local(root, 'up', '--env', 'local-prod');
      assert.equal(up.code, 0, up.stderr);
      assert.match(
        up.stdout,
        /state bucket stratum-local-prod-tfstate: created on http:\/\/127\.0\.0\.1:\d+/,
      );
      const head = await fetch(`http://127.0.0.1:${port}/stratum-local-prod-tfstate`, { method: 'HEAD' });
      assert.equal(head.status, 200);
      const again = await local(root, 'up', '--env', 'local-prod');
      assert.match(again.stdout, /state bucket stratum-local-prod-tfstate: already there/);
    } finally {
      await local(root, 'down', '--env', 'local-prod');
    }
  });

  test('an environment without an endpoint fails naming its file; bad actions are usage errors', async () => {
    const dev = await local(root, 'status', '--env', 'dev');
    assert.equal(dev.code, 1);
    assert.match(dev.stderr, /environments\/dev\.yaml: endpoint is not set/);
    assert.equal((await local(root, 'restart')).code, 2);
    assert.equal((await local(root)).code, 2);
  });
});
