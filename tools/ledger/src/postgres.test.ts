import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ledgerContract } from './test-support/contract';
import { createTempDatabase, testPostgresUrl } from './test-support/harness';

const server = testPostgresUrl();

if (!server.available && server.required) {
  test('PostgreSQL for the ledger tests (STRATUM_REQUIRE_PREREQS=1)', () => assert.fail(server.reason));
} else {
  ledgerContract(
    'PostgreSQL',
    async () => {
      if (!server.available) return undefined;
      const database = await createTempDatabase(server.value);
      return { location: database.url, cleanup: () => database.drop() };
    },
    server.available ? undefined : server.reason,
  );
}
