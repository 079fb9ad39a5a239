import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@stratum/emulator';

/** The repository root (this file is tools/portal-e2e/src/portal.ts). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface RunningPortal {
  /** The frontend, e.g. http://localhost:40123. */
  readonly appUrl: string;
  /** The backend, e.g. http://localhost:40124. */
  readonly backendUrl: string;
  /** Stops the backend and the frontend server; resolves when the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts the portal the way `npm start` does (tools/scripts/portal.mjs: the backend and the built frontend), on
 * free ports and reading `ledger`. The frontend is built first when its sources changed. Resolves once both answer;
 * rejects with the portal's output when it exits first or is not ready within `timeoutMs`.
 */
export async function startPortal(options: {
  readonly ledger: string;
  /** More environment for the portal, e.g. APP_CONFIG_* overrides. */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}): Promise<RunningPortal> {
  const [port, appPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      join(REPO_ROOT, 'tools', 'scripts', 'portal.mjs'),
      '--port',
      String(port),
      '--app-port',
      String(appPort),
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env, STRATUM_LEDGER: options.ledger },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the portal was not ready within ${options.timeoutMs ?? 240_000} ms:\n${output}`));
    }, options.timeoutMs ?? 240_000);
    child.stdout!.on('data', () => {
      if (output.includes('Stratum portal ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the portal exited (${code}) before it was ready:\n${output}`));
    });
  });
  return {
    appUrl: `http://localhost:${appPort}`,
    backendUrl: `http://localhost:${port}`,
    stop: () => stopProcess(child),
  };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Waits until the portal's catalog holds at least `count` entities matching `filter` (e.g. `kind=resource`): the
 * catalog fills in the background after the backend is ready. Returns the seconds it took; throws after `timeoutMs`.
 */
export async function waitForCatalog(
  backendUrl: string,
  filter: string,
  count: number,
  timeoutMs = 600_000,
): Promise<number> {
  const started = performance.now();
  const auth = (await (await fetch(`${backendUrl}/api/auth/guest/refresh`)).json()) as {
    backstageIdentity: { token: string };
  };
  const headers = { Authorization: `Bearer ${auth.backstageIdentity.token}` };
  for (;;) {
    const res = await fetch(
      `${backendUrl}/api/catalog/entities/by-query?filter=${encodeURIComponent(filter)}&limit=1`,
      { headers },
    );
    const body = (await res.json()) as { totalItems?: number };
    if ((body.totalItems ?? 0) >= count) return (performance.now() - started) / 1000;
    if (performance.now() - started > timeoutMs) {
      throw new Error(
        `the catalog has ${body.totalItems ?? 0} entities matching ${filter} after ${timeoutMs} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
