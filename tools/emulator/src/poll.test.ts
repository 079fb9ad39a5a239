import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { answers, pollWithBackoff } from './poll';

describe('pollWithBackoff', () => {
  test('resolves with the first value that is not undefined', async () => {
    let calls = 0;
    const value = await pollWithBackoff(() => (++calls === 3 ? 'ready' : undefined), { initialDelayMs: 1 });
    assert.equal(value, 'ready');
    assert.equal(calls, 3);
  });

  test('resolves undefined once the timeout passes', async () => {
    assert.equal(await pollWithBackoff(() => undefined, { timeoutMs: 30, initialDelayMs: 5 }), undefined);
  });
});

describe('answers', () => {
  test('is true for 2xx, false for other statuses and closed ports', async () => {
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/ok' ? 200 : 503;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      assert.equal(await answers(`http://127.0.0.1:${port}/ok`), true);
      assert.equal(await answers(`http://127.0.0.1:${port}/down`), false);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    assert.equal(await answers(`http://127.0.0.1:${port}/ok`), false);
  });
});

describe('answers against a silent server', () => {
  test('gives up after the timeout instead of hanging', async () => {
    const { createServer: createTcpServer } = await import('node:net');
    const sockets: import('node:net').Socket[] = [];
    const server = createTcpServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      assert.equal(await answers(`http://127.0.0.1:${port}/`, 100), false);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
