import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loopbackEndpoint } from './endpoint';
import { EmulatorError } from './errors';

describe('loopbackEndpoint', () => {
  test('binds 127.0.0.1 on the endpoint port', () => {
    assert.deepEqual(loopbackEndpoint('local', 'http://127.0.0.1:4566'), {
      host: '127.0.0.1',
      port: 4566,
      url: 'http://127.0.0.1:4566',
    });
    assert.deepEqual(loopbackEndpoint('local', 'http://localhost:4600/'), {
      host: '127.0.0.1',
      port: 4600,
      url: 'http://127.0.0.1:4600',
    });
  });

  test('an environment without an endpoint is real AWS and has no emulator', () => {
    assert.throws(
      () => loopbackEndpoint('dev', undefined),
      (e: unknown) =>
        e instanceof EmulatorError && /environments\/dev\.yaml: endpoint is not set/.test(e.message),
    );
  });

  test('refuses anything but plain HTTP on loopback, naming the file and value', () => {
    assert.throws(
      () => loopbackEndpoint('local', 'http://10.0.0.5:4566'),
      /environments\/local\.yaml: endpoint is 'http:\/\/10\.0\.0\.5:4566'; the emulator only ever binds 127\.0\.0\.1/,
    );
    assert.throws(() => loopbackEndpoint('local', 'http://0.0.0.0:4566'), /only ever binds 127\.0\.0\.1/);
    assert.throws(() => loopbackEndpoint('local', 'https://127.0.0.1:4566'), /plain HTTP/);
    assert.throws(() => loopbackEndpoint('local', 'not a url'), /not a URL/);
  });
});
