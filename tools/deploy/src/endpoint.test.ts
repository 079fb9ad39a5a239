import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { EnvironmentSchema } from '@stratum/config';
import { endpointAnswers, EndpointUnreachableError, requireEndpoint } from './endpoint';

function environment(endpoint?: string) {
  return EnvironmentSchema.parse({
    name: 'local',
    account: '123456789012',
    regions: ['us-east-1'],
    ...(endpoint ? { endpoint } : {}),
    stateBackend: { type: 'local', directory: '.stratum/state' },
  });
}

test('an answering endpoint passes whatever the status; a closed port fails fast with what to do', async () => {
  const server = createServer((_req, res) => {
    res.statusCode = 404;
    res.end('no such path');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    assert.equal(await endpointAnswers(url), true);
    await requireEndpoint(environment(url));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  assert.equal(await endpointAnswers(url), false);
  await assert.rejects(requireEndpoint(environment(url)), (error: unknown) => {
    assert.ok(error instanceof EndpointUnreachableError);
    assert.match(
      error.message,
      new RegExp(
        `'local' \\(${url.replaceAll('.', '\\.')}, environments/local\\.yaml\\) does not answer\\. Start the emulator with \`stratum local up --env local\``,
      ),
    );
    return true;
  });
});

test('environments without an endpoint (real AWS) are not checked', async () => {
  await requireEndpoint(environment());
});
