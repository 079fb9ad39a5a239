import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import { EmulatorError } from './errors';

/** The moto release installed into the project venv; the version the example stacks are tested against. */
export const MOTO_REQUIREMENT = 'moto[server]==5.2.1';

/** The project-managed virtualenv, relative to the workspace root. */
export const VENV_DIR = '.stratum/emulator/venv';

export interface LocateOptions {
  /** Workspace root (the venv lives under it). */
  readonly root: string;
  /** A moto_server path given by the user (`STRATUM_MOTO_SERVER`); used as is, never installed over. */
  readonly explicit?: string;
  /** The PATH searched for `moto_server`. @default `processEnv.PATH` */
  readonly path?: string;
  /** Install moto into the venv when it is nowhere to be found. @default true */
  readonly install?: boolean;
  /** Python used to create the venv. @default 'python3' */
  readonly python?: string;
  /** Environment for the probes and pip (PATH, proxies). @default {} plus PATH */
  readonly processEnv?: NodeJS.ProcessEnv;
  /** Progress lines (installing...). */
  readonly onProgress?: (line: string) => void;
}

/** A moto_server program and where it came from. */
export interface MotoServer {
  readonly bin: string;
  readonly source: 'explicit' | 'venv' | 'path' | 'installed';
}

/**
 * Finds a working `moto_server`: the explicit path, else the project venv (`.stratum/emulator/venv`), else
 * PATH (a candidate counts only when `moto_server --help` runs, so a pyenv shim without moto is passed
 * over). When none works and `install` is on, creates the venv with `python3 -m venv` and pip-installs
 * MOTO_REQUIREMENT into it; the log goes to `.stratum/emulator/install.log`.
 */
export async function locateMotoServer(options: LocateOptions): Promise<MotoServer> {
  const { root, install = true, python = 'python3', processEnv = {}, onProgress } = options;
  const found = findMotoServer(options);
  if (found) return found;
  if (!install) {
    throw new EmulatorError(
      `moto_server was not found (looked in ${VENV_DIR} and on PATH). Install it with \`pip install '${MOTO_REQUIREMENT}'\`, ` +
        `or run \`stratum local up\`, which installs it into ${VENV_DIR}.`,
    );
  }
  const env = { ...processEnv, PATH: options.path ?? processEnv.PATH ?? '' };
  const venvBin = join(root, VENV_DIR, 'bin', 'moto_server');
  await installIntoVenv(root, python, env, onProgress);
  if (!runs(venvBin, env))
    throw new EmulatorError(
      `pip installed ${MOTO_REQUIREMENT} into ${VENV_DIR}, but ${venvBin} does not run; see .stratum/emulator/install.log.`,
    );
  return { bin: venvBin, source: 'installed' };
}

/** The first working moto_server (explicit path, project venv, PATH) without installing anything; undefined when none runs. */
export function findMotoServer(
  options: Omit<LocateOptions, 'install' | 'python' | 'onProgress'>,
): MotoServer | undefined {
  const { root, processEnv = {} } = options;
  const env = { ...processEnv, PATH: options.path ?? processEnv.PATH ?? '' };
  if (options.explicit) {
    const bin = isAbsolute(options.explicit) ? options.explicit : join(root, options.explicit);
    if (!runs(bin, env))
      throw new EmulatorError(
        `STRATUM_MOTO_SERVER is '${options.explicit}', but \`${bin} --help\` does not run; fix the path or unset it.`,
      );
    return { bin, source: 'explicit' };
  }
  const venvBin = join(root, VENV_DIR, 'bin', 'moto_server');
  if (existsSync(venvBin) && runs(venvBin, env)) return { bin: venvBin, source: 'venv' };
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'moto_server');
    if (isExecutable(candidate) && runs(candidate, env)) return { bin: candidate, source: 'path' };
  }
  return undefined;
}

async function installIntoVenv(
  root: string,
  python: string,
  env: NodeJS.ProcessEnv,
  onProgress?: (line: string) => void,
): Promise<void> {
  const venv = join(root, VENV_DIR);
  const logFile = join(root, '.stratum', 'emulator', 'install.log');
  mkdirSync(dirname(venv), { recursive: true });
  const version = spawnSync(python, ['--version'], { env, encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new EmulatorError(
      `moto_server is not installed and '${python}' is not available to install it. Install Python 3.9+ with venv (e.g. \`apt-get install python3 python3-venv\`), or install moto yourself: \`pip install '${MOTO_REQUIREMENT}'\`.`,
    );
  }
  if (!existsSync(join(venv, 'bin', 'pip'))) {
    onProgress?.(`Creating ${VENV_DIR} with ${python} (${`${version.stdout}${version.stderr}`.trim()})...`);
    const created = await logged(python, ['-m', 'venv', venv], env, logFile);
    if (created !== 0) {
      throw new EmulatorError(
        `\`${python} -m venv ${VENV_DIR}\` failed (exit ${created}; see .stratum/emulator/install.log): the venv module is missing. Install it (e.g. \`apt-get install python3-venv\`) and retry.`,
      );
    }
  }
  onProgress?.(`Installing ${MOTO_REQUIREMENT} into ${VENV_DIR} (about a minute)...`);
  const pip = await logged(
    join(venv, 'bin', 'pip'),
    ['install', '--disable-pip-version-check', '--quiet', MOTO_REQUIREMENT],
    env,
    logFile,
  );
  if (pip !== 0) {
    throw new EmulatorError(
      `\`pip install '${MOTO_REQUIREMENT}'\` failed (exit ${pip}); see .stratum/emulator/install.log (no network to the package index?).`,
    );
  }
}

/** Runs a program with stdout and stderr appended to `logFile`; resolves with its exit code. */
function logged(
  bin: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<number> {
  return new Promise((resolve) => {
    const log = createWriteStream(logFile, { flags: 'a' });
    log.write(`\n$ ${bin} ${args.join(' ')}\n`);
    const child = spawn(bin, [...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', (error) => {
      log.end(`${error.message}\n`);
      resolve(127);
    });
    child.on('close', (code) => {
      log.end();
      resolve(code ?? 1);
    });
  });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function runs(bin: string, env: NodeJS.ProcessEnv): boolean {
  const result = spawnSync(bin, ['--help'], { env, stdio: 'ignore', timeout: 30_000 });
  return result.status === 0;
}
