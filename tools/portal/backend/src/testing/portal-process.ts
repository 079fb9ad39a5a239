import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A portal backend running in its own process, as `npm start` runs it. */
export interface PortalProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed so far (for failure messages). */
  output(): string;
  /** Milliseconds from spawn to the readiness endpoint answering 200. */
  readonly readyAfterMs: number;
  stop(): Promise<void>;
}

export interface PortalProcessOptions {
  /** Extra config files after app-config.yaml, relative to tools/portal. @default [] */
  readonly configs?: readonly string[];
  /** Environment for the process (merged over a minimal PATH/HOME). */
  readonly env: Readonly<Record<string, string>>;
  /** How long to wait for readiness, in ms. @default 60000 */
  readonly timeoutMs?: number;
}

const BACKEND_DIR = join(__dirname, '../..');

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts `node --require @backstage/cli-node/config/nodeTransform.cjs src/index.ts --config ../app-config.yaml ...`
 * in tools/portal/backend on a free port, and waits (polling with backoff) until its readiness endpoint answers.
 */
export async function startPortalProcess(options: PortalProcessOptions): Promise<PortalProcess> {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const args = [
    '--require',
    '@backstage/cli-node/config/nodeTransform.cjs',
    'src/index.ts',
    '--config',
    '../app-config.yaml',
    ...(options.configs ?? []).flatMap((file) => ['--config', `../${file}`]),
  ];
  const started = Date.now();
  const child = spawn(process.execPath, args, {
    cwd: BACKEND_DIR,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      APP_CONFIG_backend_listen_port: String(port),
      APP_CONFIG_backend_baseUrl: url,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    }
  };
  const deadline = started + (options.timeoutMs ?? 60_000);
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    if (child.exitCode !== null)
      throw new Error(`The portal backend exited with ${child.exitCode} before it was ready:\n${output}`);
    try {
      const res = await fetch(`${url}/.backstage/health/v1/readiness`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The portal backend was not ready after ${options.timeoutMs ?? 60_000} ms:\n${output}`);
    }
    await sleep(delay);
  }
  return { url, child, output: () => output, readyAfterMs: Date.now() - started, stop };
}

/** Polls `check` with backoff until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 100; ; delay = Math.min(delay * 2, 1000)) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await sleep(delay);
  }
}
