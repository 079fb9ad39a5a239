import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTempDatabase, testPostgresUrl } from '@stratum/ledger/src/test-support/harness';

/** A ledger database for one test file: a SQLite path or a postgres:// URL, and how to remove it. */
export interface TestLedger {
  readonly connection: string;
  cleanup(): Promise<void>;
}

export interface LedgerBackend {
  readonly name: 'SQLite' | 'PostgreSQL';
  /** Why the backend is skipped; undefined when it runs. */
  readonly skip?: string;
  /** True when a skip must fail the run instead (STRATUM_REQUIRE_PREREQS=1). */
  readonly required: boolean;
  create(): Promise<TestLedger>;
}

/**
 * SQLite always; PostgreSQL when STRATUM_TEST_POSTGRES_URL is set (a throwaway database per test file, dropped
 * afterwards). Without it the PostgreSQL cases are skipped, or fail under STRATUM_REQUIRE_PREREQS=1.
 */
export function ledgerBackends(env: NodeJS.ProcessEnv = process.env): LedgerBackend[] {
  const server = testPostgresUrl(env);
  return [
    {
      name: 'SQLite',
      required: false,
      async create() {
        const dir = mkdtempSync(join(tmpdir(), 'stratum-portal-ledger-'));
        return {
          connection: join(dir, 'ledger.db'),
          cleanup: async () => rmSync(dir, { recursive: true, force: true }),
        };
      },
    },
    {
      name: 'PostgreSQL',
      skip: server.available ? undefined : server.reason,
      required: !server.available && server.required,
      async create() {
        if (!server.available) throw new Error(server.reason);
        const database = await createTempDatabase(server.value);
        return { connection: database.url, cleanup: () => database.drop() };
      },
    },
  ];
}
