import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { freePort, portIsOpen, portOwner } from './ports';

describe('ports', () => {
  test('portOwner names the process listening on a port, and nothing for a free one', async () => {
    const port = await freePort();
    assert.equal(await portOwner(port), undefined);
    assert.equal(await portIsOpen('127.0.0.1', port), false);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      const owner = await portOwner(port);
      assert.equal(owner?.port, port);
      assert.equal(owner?.pid, process.pid);
      assert.match(owner?.command ?? '', /node/);
      assert.equal(await portIsOpen('127.0.0.1', port), true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
