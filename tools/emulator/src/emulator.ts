import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { loopbackEndpoint, type EmulatorEndpoint } from './endpoint';
import { EmulatorError } from './errors';
import { locateMotoServer, type LocateOptions, type MotoServer } from './locate';
import { answers, pollWithBackoff } from './poll';
import { portOwner, type PortOwner } from './ports';
import { isMotoProcess, processIsAlive, stopProcessGroup } from './process';
import { environmentFile } from '@stratum/config';

/** The environment whose emulator is managed: its name and its `endpoint`. */
export interface EmulatorEnv {
  readonly name: string;
  readonly endpoint?: string | undefined;
}

export interface EmulatorOptions {
  /** Workspace root; logs and pid files go to `<root>/.stratum/emulator/`. */
  readonly root: string;
  readonly env: EmulatorEnv;
}

/**
 * - `running`: the pid file's process is alive and is a moto server (`responding` says whether it answers);
 * - `stopped`: no pid file (the port may still be taken by someone else: see `portOwner`);
 * - `stale`: a pid file whose process is gone (or is no longer moto);
 * - `external`: no pid file of ours, but a moto server that someone else started answers on the endpoint.
 */
export type EmulatorState = 'running' | 'stopped' | 'stale' | 'external';

export interface EmulatorStatus {
  readonly env: string;
  readonly state: EmulatorState;
  /** Base URL of the emulator, e.g. http://127.0.0.1:4566. */
  readonly endpoint: string;
  /** Whether the moto API answers on the endpoint right now. */
  readonly responding: boolean;
  /** The pid from the pid file (running or stale). */
  readonly pid?: number;
  readonly startedAt?: string;
  readonly logFile: string;
  readonly pidFile: string;
  /** Who listens on the endpoint's port, when anyone does. */
  readonly portOwner?: PortOwner;
}

interface PidRecord {
  readonly pid: number;
  readonly port: number;
  readonly bin: string;
  readonly startedAt: string;
}

/** Where one environment's emulator keeps its log and pid file. */
export function emulatorPaths(
  root: string,
  envName: string,
): { readonly dir: string; readonly logFile: string; readonly pidFile: string } {
  const dir = join(root, '.stratum', 'emulator');
  return { dir, logFile: join(dir, `${envName}.log`), pidFile: join(dir, `${envName}.pid`) };
}

/** The path moto answers on once it is ready (its dashboard; 200 with HTML). */
function readinessUrl(endpoint: EmulatorEndpoint): string {
  return `${endpoint.url}/moto-api/`;
}

/** What the emulator of `env` is doing now. Never starts or stops anything. */
export async function emulatorStatus(options: EmulatorOptions): Promise<EmulatorStatus> {
  const endpoint = loopbackEndpoint(options.env.name, options.env.endpoint);
  const { logFile, pidFile } = emulatorPaths(options.root, options.env.name);
  const record = readPidRecord(pidFile);
  const [owner, responding] = await Promise.all([portOwner(endpoint.port), answers(readinessUrl(endpoint))]);
  const base = {
    env: options.env.name,
    endpoint: endpoint.url,
    responding,
    logFile,
    pidFile,
    ...(owner ? { portOwner: owner } : {}),
  };
  if (record) {
    const alive = isMotoProcess(record.pid);
    return { ...base, state: alive ? 'running' : 'stale', pid: record.pid, startedAt: record.startedAt };
  }
  return { ...base, state: responding && owner ? 'external' : 'stopped' };
}

export interface StartOptions extends EmulatorOptions {
  /** A moto_server to use instead of locating one (tests, `STRATUM_MOTO_SERVER`). */
  readonly motoServer?: string;
  /** How to find or install moto_server when `motoServer` is not given. */
  readonly locate?: Omit<LocateOptions, 'root'>;
  /** Environment of the server process. @default `locate.processEnv` (PATH and the like, for pyenv shims) */
  readonly processEnv?: NodeJS.ProcessEnv;
  /** Longest wait for the server to answer, in milliseconds. @default 60000 */
  readonly readyTimeoutMs?: number;
}

export interface StartResult extends EmulatorStatus {
  /** False when it was already running (or an external emulator answers): nothing was started. */
  readonly started: boolean;
  readonly server?: MotoServer;
}

/**
 * Starts the environment's moto server on 127.0.0.1:<endpoint port>, detached (it outlives the CLI), with its
 * output appended to `.stratum/emulator/<env>.log` and its pid in `<env>.pid`; resolves once the moto API
 * answers (polled with backoff). Idempotent: a running or external emulator is left as it is. A port taken
 * by another program, a server that exits or never answers, is an EmulatorError with the log's tail.
 */
export async function startEmulator(options: StartOptions): Promise<StartResult> {
  const { root, env, readyTimeoutMs = 60_000 } = options;
  const endpoint = loopbackEndpoint(env.name, env.endpoint);
  const { dir, logFile, pidFile } = emulatorPaths(root, env.name);
  const current = await emulatorStatus(options);
  if (current.state === 'running') {
    if (current.responding) return { ...current, started: false };
    const ready = await pollWithBackoff(
      () => answers(readinessUrl(endpoint)).then((ok) => (ok ? true : undefined)),
      { timeoutMs: readyTimeoutMs },
    );
    if (ready) return { ...(await emulatorStatus(options)), started: false };
    throw new EmulatorError(
      `The ${env.name} emulator (pid ${current.pid}) is running but does not answer on ${endpoint.url}. See ${logFile}; restart it with \`stratum local down --env ${env.name}\` then \`up\`.`,
    );
  }
  if (current.state === 'external') return { ...current, started: false };
  if (current.portOwner) {
    throw new EmulatorError(
      `Port ${endpoint.port} (the endpoint of ${environmentFile(env.name)}) is taken by ${describeOwner(current.portOwner)}. ` +
        `Stop that process, or change the endpoint's port in ${environmentFile(env.name)}.`,
    );
  }
  if (current.state === 'stale') rmSync(pidFile, { force: true });

  const server: MotoServer = options.motoServer
    ? { bin: options.motoServer, source: 'explicit' }
    : await locateMotoServer({ ...options.locate, root });
  mkdirSync(dir, { recursive: true });
  const logOffset = existsSync(logFile) ? statSync(logFile).size : 0;
  const log = openSync(logFile, 'a');
  let pid: number | undefined;
  try {
    writeSync(
      log,
      `\n=== ${new Date().toISOString()} starting ${server.bin} -H ${endpoint.host} -p ${endpoint.port}\n`,
    );
    const processEnv = options.processEnv ?? options.locate?.processEnv ?? {};
    const child = spawn(server.bin, ['-H', endpoint.host, '-p', String(endpoint.port)], {
      detached: true,
      stdio: ['ignore', log, log],
      env: processEnv,
      cwd: dir,
    });
    pid = await new Promise<number>((resolve, reject) => {
      child.once('spawn', () => resolve(child.pid!));
      child.once('error', (error) =>
        reject(new EmulatorError(`Could not start ${server.bin}: ${error.message}`)),
      );
    });
    child.unref();
  } finally {
    closeSync(log);
  }
  const record: PidRecord = {
    pid,
    port: endpoint.port,
    bin: server.bin,
    startedAt: new Date().toISOString(),
  };
  writeFileSync(pidFile, `${JSON.stringify(record)}\n`);

  const startedPid = pid;
  const outcome = await pollWithBackoff(
    async () => {
      if (!processIsAlive(startedPid)) return 'exited' as const;
      return (await answers(readinessUrl(endpoint))) ? ('ready' as const) : undefined;
    },
    { timeoutMs: readyTimeoutMs },
  );
  if (outcome !== 'ready') {
    await stopProcessGroup(startedPid, 2000);
    rmSync(pidFile, { force: true });
    const why =
      outcome === 'exited'
        ? 'exited at start'
        : `did not answer within ${Math.round(readyTimeoutMs / 1000)} s`;
    throw new EmulatorError(
      `The ${env.name} emulator (${server.bin}, pid ${startedPid}) ${why}. Last lines of ${logFile}:\n${tail(logFile, logOffset)}`,
    );
  }
  return { ...(await emulatorStatus(options)), started: true, server };
}

export interface StopResult extends EmulatorStatus {
  /** True when a running emulator was stopped by this call. */
  readonly stopped: boolean;
}

/**
 * Stops the environment's emulator started by `startEmulator` (SIGTERM to its process group, SIGKILL after
 * a grace period) and removes its pid file; a stale pid file is removed. An external emulator is never
 * touched. moto keeps everything in memory: its resources are gone once it stops.
 */
export async function stopEmulator(
  options: EmulatorOptions & { readonly graceMs?: number },
): Promise<StopResult> {
  const current = await emulatorStatus(options);
  if (current.state === 'running' && current.pid !== undefined) {
    const gone = await stopProcessGroup(current.pid, options.graceMs ?? 10_000);
    if (!gone)
      throw new EmulatorError(
        `The ${options.env.name} emulator (pid ${current.pid}) did not stop after SIGKILL; check it with \`ps -p ${current.pid}\`.`,
      );
    rmSync(current.pidFile, { force: true });
    return { ...(await emulatorStatus(options)), stopped: true };
  }
  if (current.state === 'stale') rmSync(current.pidFile, { force: true });
  return { ...current, state: current.state === 'stale' ? 'stopped' : current.state, stopped: false };
}

/** `pid 123 (python moto_server ...)`, or what little is known. */
export function describeOwner(owner: PortOwner): string {
  if (owner.pid === undefined) return 'a process this user cannot see';
  return `pid ${owner.pid}${owner.command ? ` (${owner.command.length > 100 ? `${owner.command.slice(0, 97)}...` : owner.command})` : ''}`;
}

function readPidRecord(pidFile: string): PidRecord | undefined {
  let text: string;
  try {
    text = readFileSync(pidFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as Partial<PidRecord>;
    if (typeof parsed.pid === 'number')
      return {
        pid: parsed.pid,
        port: parsed.port ?? 0,
        bin: parsed.bin ?? '',
        startedAt: parsed.startedAt ?? '',
      };
  } catch {
    // a plain pid, or garbage: treated below
  }
  const pid = Number(text.trim());
  return Number.isInteger(pid) && pid > 0
    ? { pid, port: 0, bin: '', startedAt: '' }
    : { pid: -1, port: 0, bin: '', startedAt: '' };
}

/** The last lines written to `file` after `offset`. */
function tail(file: string, offset: number, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').slice(offset).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
