// Shared helpers for the ledger tests: child processes, temporary PostgreSQL databases, prerequisites.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import knexFactory from 'knex';

export interface WorkerResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** Every JSON line the worker printed. */
  readonly output: readonly Record<string, unknown>[];
  readonly stderr: string;
}

export interface WorkerOptions {
  /** Run as this uid/gid (to drop root for permission tests). @default the current user */
  readonly uid?: number;
  readonly gid?: number;
}

/** Runs `worker.ts` in a separate Node process against the ledger at `location`. */
export function runWorker(
  location: string,
  args: readonly string[],
  options: WorkerOptions = {},
): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'worker.ts'), location, ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const output = stdout
        .split('\n')
        .filter((line) => line.trim().startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      resolve({ code, signal, output, stderr });
    });
  });
}

/** Whether every folder above `path` lets other users through and the file itself lets them read. */
function reachableByOthers(path: string): boolean {
  try {
    if ((statSync(path).mode & 0o004) === 0) return false;
    for (let dir = dirname(path); dir !== parse(dir).root; dir = dirname(dir)) {
      if ((statSync(dir).mode & 0o001) === 0) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * How to run a worker that file modes apply to. Root ignores them, so as root the worker runs as `nobody`
 * (uid 65534), which needs to reach Node and this checkout; when it cannot, the permission tests are skipped.
 */
export function unprivilegedWorker(): Prereq<WorkerOptions> {
  if (process.getuid?.() !== 0) return { available: true, value: {} };
  const needed = [process.execPath, join(__dirname, 'worker.ts'), require.resolve('tsx')];
  const blocked = needed.find((path) => !reachableByOthers(path));
  if (blocked === undefined) return { available: true, value: { uid: 65534, gid: 65534 } };
  return {
    available: false,
    reason: `the tests run as root and user nobody cannot reach ${blocked}, so file modes cannot be tested; run them from a checkout others can read`,
    required: process.env.STRATUM_REQUIRE_PREREQS === '1',
  };
}

/** A prerequisite a test file needs: present, or missing with the reason and whether it must fail. */
export type Prereq<T> =
  | { readonly available: true; readonly value: T }
  | { readonly available: false; readonly reason: string; readonly required: boolean };

/** The PostgreSQL server for the tests (STRATUM_TEST_POSTGRES_URL); missing fails under STRATUM_REQUIRE_PREREQS=1. */
export function testPostgresUrl(env: NodeJS.ProcessEnv = process.env): Prereq<string> {
  const url = env.STRATUM_TEST_POSTGRES_URL;
  if (url) return { available: true, value: url };
  return {
    available: false,
    reason:
      'PostgreSQL is not available: STRATUM_TEST_POSTGRES_URL is not set; run ' +
      '`export STRATUM_TEST_POSTGRES_URL="$(tools/scripts/postgres.sh start)"` first',
    required: env.STRATUM_REQUIRE_PREREQS === '1',
  };
}

export interface TempDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server, so that runs never see each other's rows. */
export async function createTempDatabase(adminUrl: string): Promise<TempDatabase> {
  const name = `ledger_test_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
  try {
    await admin.raw(`CREATE DATABASE ${name}`);
  } finally {
    await admin.destroy();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleaner = knexFactory({ client: 'pg', connection: adminUrl, pool: { min: 0, max: 1 } });
      try {
        await cleaner.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleaner.destroy();
      }
    },
  };
}
