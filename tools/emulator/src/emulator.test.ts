import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missing } from '@stratum/testing';
import { emulatorPaths, emulatorStatus, startEmulator, stopEmulator } from './emulator';
import { EmulatorError } from './errors';
import { findMotoServer } from './locate';
import { freePort } from './ports';
import { processIsAlive } from './process';

const moto = findMotoServer({
  root: process.cwd(),
  processEnv: process.env,
  ...(process.env.STRATUM_MOTO_SERVER ? { explicit: process.env.STRATUM_MOTO_SERVER } : {}),
});
const noMoto = missing(
  'moto_server',
  moto !== undefined,
  "pip install 'moto[server]==5.2.1', or run `stratum local up` once",
);

function tempRoot(): string {
  return mkdtempSync(join(tmpdir(), 'stratum-emulator-'));
}

describe('emulator against the real moto server', { skip: noMoto }, () => {
  test('up starts it detached on 127.0.0.1, is idempotent, status sees it, down stops it', async () => {
    const root = tempRoot();
    const env = { name: 'local', endpoint: `http://127.0.0.1:${await freePort()}` };
    try {
      const started = await startEmulator({ root, env, motoServer: moto!.bin, processEnv: process.env });
      assert.equal(started.started, true);
      assert.equal(started.state, 'running');
      assert.equal(started.responding, true);
      assert.equal(started.portOwner?.pid, started.pid, 'the started process owns the port');
      assert.ok(started.pid && processIsAlive(started.pid));
      assert.match(
        readFileSync(emulatorPaths(root, 'local').logFile, 'utf8'),
        /starting .*moto_server -H 127\.0\.0\.1 -p/,
      );

      const again = await startEmulator({ root, env, motoServer: moto!.bin });
      assert.equal(again.started, false);
      assert.equal(again.pid, started.pid);

      // Another checkout sees a moto it did not start: usable, and never stopped by it.
      const other = tempRoot();
      assert.equal((await emulatorStatus({ root: other, env })).state, 'external');
      assert.equal((await stopEmulator({ root: other, env })).stopped, false);
      rmSync(other, { recursive: true, force: true });

      const stopped = await stopEmulator({ root, env });
      assert.equal(stopped.stopped, true);
      assert.equal(stopped.state, 'stopped');
      assert.equal(stopped.responding, false);
      assert.equal(processIsAlive(started.pid!), false);
      assert.equal(existsSync(emulatorPaths(root, 'local').pidFile), false);
      assert.equal((await stopEmulator({ root, env })).stopped, false);
    } finally {
      await stopEmulator({ root, env }).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('emulator faults', () => {
  test('a pid file whose process is gone is stale, and down removes it', async () => {
    const root = tempRoot();
    const env = { name: 'local', endpoint: `http://127.0.0.1:${await freePort()}` };
    const { dir, pidFile } = emulatorPaths(root, 'local');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      pidFile,
      JSON.stringify({ pid: 2 ** 22 + 7, port: 1, bin: 'moto_server', startedAt: '2026-01-01T00:00:00Z' }),
    );
    try {
      const status = await emulatorStatus({ root, env });
      assert.equal(status.state, 'stale');
      assert.equal(status.pid, 2 ** 22 + 7);
      const down = await stopEmulator({ root, env });
      assert.equal(down.stopped, false);
      assert.equal(down.state, 'stopped');
      assert.equal(existsSync(pidFile), false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a port taken by another program is refused, naming its pid', async () => {
    const root = tempRoot();
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const env = { name: 'local', endpoint: `http://127.0.0.1:${port}` };
    try {
      const status = await emulatorStatus({ root, env });
      assert.equal(status.state, 'stopped');
      assert.equal(status.portOwner?.pid, process.pid);
      await assert.rejects(
        startEmulator({ root, env, motoServer: '/nonexistent/moto_server' }),
        (e: unknown) => {
          assert.ok(e instanceof EmulatorError);
          assert.match(
            e.message,
            new RegExp(
              `Port ${port} \\(the endpoint of environments/local\\.yaml\\) is taken by pid ${process.pid} \\(.*node`,
            ),
          );
          return true;
        },
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a server that exits at start is reported with the tail of its log, and leaves no pid file', async () => {
    const root = tempRoot();
    const env = { name: 'local', endpoint: `http://127.0.0.1:${await freePort()}` };
    const fake = join(root, 'broken-moto');
    writeFileSync(fake, '#!/bin/sh\necho "ImportError: no module named werkzeug" >&2\nexit 3\n');
    chmodSync(fake, 0o755);
    try {
      await assert.rejects(
        startEmulator({ root, env, motoServer: fake, readyTimeoutMs: 10_000 }),
        (e: unknown) => {
          assert.ok(e instanceof EmulatorError);
          assert.match(e.message, /exited at start/);
          assert.match(e.message, /ImportError: no module named werkzeug/);
          return true;
        },
      );
      assert.equal(existsSync(emulatorPaths(root, 'local').pidFile), false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('an environment without a loopback endpoint is refused before anything starts', async () => {
    await assert.rejects(
      startEmulator({ root: tempRoot(), env: { name: 'dev' } }),
      /environments\/dev\.yaml: endpoint is not set/,
    );
  });
});
