import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ensureStateBucket,
  findMotoServer,
  freePort,
  pollWithBackoff,
  startEmulator,
  stopEmulator,
  type MotoServer,
} from '@stratum/emulator';
import { commandWorks, missing, terraformBin } from '@stratum/testing';
import { AwsClient } from './aws';

/** The repository this test file lives in. */
export const REPO_ROOT = join(__dirname, '../../../..');
const BIN = join(REPO_ROOT, 'tools', 'cli', 'bin', 'stratum.cjs');
const SKIP = new Set(['cdktf.out', 'node_modules', '.terraform']);

/** The moto server the e2e tests start (one per test file, each on its own free port). */
export const MOTO: MotoServer | undefined = findMotoServer({
  root: REPO_ROOT,
  processEnv: process.env,
  ...(process.env.STRATUM_MOTO_SERVER ? { explicit: process.env.STRATUM_MOTO_SERVER } : {}),
});

/** Why the e2e tests cannot run here (skip reason), or undefined. Throws under STRATUM_REQUIRE_PREREQS=1. */
export function e2eSkipReason(): string | undefined {
  return (
    missing(
      'terraform',
      commandWorks(terraformBin()),
      'install Terraform 1.5+ or set STRATUM_TERRAFORM_BIN',
    ) ??
    missing(
      'moto_server',
      MOTO !== undefined,
      "pip install 'moto[server]==5.2.1', or run `stratum local up` once",
    )
  );
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunningCli {
  readonly child: ChildProcess;
  readonly done: Promise<CliResult>;
}

export interface WorldOptions {
  /** Copy the repository's example projects (shared-infra/, services/), or only the given folders of it. @default false */
  readonly example?: boolean | readonly string[];
  /** Extra or replaced files, relative to the workspace root. */
  readonly files?: Readonly<Record<string, string>>;
  /**
   * Also write `environments/<name>.yaml`: the world's emulator, state in S3 (bucket `<name>-tfstate`, created on
   * the emulator) with `useLockfile`, baseline policy, an optional lease TTL. @default none
   */
  readonly s3Environment?: { readonly name: string; readonly regions?: readonly string[] };
}

/** The bucket an S3 test environment keeps its state in. */
export function stateBucketOf(envName: string): string {
  return `${envName}-tfstate`;
}

function s3EnvironmentYaml(name: string, endpoint: string, regions: readonly string[]): string {
  return [
    `name: ${name}`,
    "account: '123456789012'",
    `regions: [${regions.join(', ')}]`,
    `endpoint: ${endpoint}`,
    'stateBackend:',
    '  type: s3',
    `  bucket: ${stateBucketOf(name)}`,
    '  region: us-east-1',
    '  useLockfile: true',
    'safety:',
    '  forceDestroyBuckets: true',
    'policy:',
    '  profile: baseline',
    '',
  ].join('\n');
}

/**
 * One e2e test's world: a temp workspace inside the repo (so node_modules resolve) under `.stratum/tmp/`,
 * a git repository with everything committed, its own ledger (`STRATUM_LEDGER`), and its own moto server on a
 * free port that `environments/local.yaml` points at. The CLI runs as a subprocess, as a user runs it.
 */
export class World {
  /** Extra environment for every CLI subprocess (e.g. STRATUM_TERRAFORM_BIN). */
  readonly env: Record<string, string> = {};

  private constructor(
    readonly root: string,
    readonly endpoint: string,
    readonly aws: AwsClient,
  ) {}

  static async create(name: string, options: WorldOptions = {}): Promise<World> {
    const parent = join(REPO_ROOT, '.stratum', 'tmp');
    mkdirSync(parent, { recursive: true });
    const root = mkdtempSync(join(parent, `e2e-${name}-`));
    const copy = [
      '.gitignore', // cdktf.out/ and .stratum/ stay out of commits and of the dirty-tree check
      'nx.json',
      'tsconfig.json',
      'environments',
      'services/org.yaml',
      'tools/terraform/config',
      'tools/portal/platform-slos.yaml', // promote's platform SLO gate reads the objectives
      ...(options.example === true ? ['shared-infra', 'services'] : options.example || []),
    ];
    for (const item of copy) {
      cpSync(join(REPO_ROOT, item), join(root, item), {
        recursive: true,
        filter: (src) => !SKIP.has(src.split('/').pop()!),
      });
    }
    const endpoint = `http://127.0.0.1:${await freePort()}`;
    const localYaml = join(root, 'environments', 'local.yaml');
    writeFileSync(
      localYaml,
      readFileSync(localYaml, 'utf8').replace(/^endpoint: .*$/m, `endpoint: ${endpoint}`),
    );
    const world = new World(root, endpoint, new AwsClient(endpoint));
    const s3 = options.s3Environment;
    if (s3)
      world.write({
        [`environments/${s3.name}.yaml`]: s3EnvironmentYaml(s3.name, endpoint, s3.regions ?? ['us-east-1']),
      });
    world.write(options.files ?? {});
    world.git('init', '-q', '-b', 'main');
    world.commit('e2e: initial workspace');
    await startEmulator({
      root,
      env: { name: 'local', endpoint },
      motoServer: MOTO!.bin,
      processEnv: process.env,
    });
    if (s3) await ensureStateBucket(endpoint, stateBucketOf(s3.name), 'us-east-1');
    return world;
  }

  /** Writes files (relative paths) into the workspace. */
  write(files: Readonly<Record<string, string>>): void {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.root, path)), { recursive: true });
      writeFileSync(join(this.root, path), content);
    }
  }

  read(path: string): string {
    return readFileSync(join(this.root, path), 'utf8');
  }

  /** Commits everything and returns the new HEAD sha. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  git(...args: string[]): string {
    const result = spawnSync(
      'git',
      ['-c', 'user.name=e2e', '-c', 'user.email=e2e@stratum.invalid', '-c', 'commit.gpgsign=false', ...args],
      { cwd: this.root, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  }

  /** The environment of every CLI subprocess: this workspace, its ledger, plain progress lines. */
  cliEnv(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      STRATUM_ROOT: this.root,
      STRATUM_LEDGER: join(this.root, '.stratum', 'ledger.db'),
      CI: 'true',
      TSX_TSCONFIG_PATH: join(this.root, 'tsconfig.json'),
      ...this.env,
    };
  }

  /** Starts `stratum <args>` in the workspace; `done` resolves when it exits (never rejects). */
  start(...args: string[]): RunningCli {
    return this.startWith({}, ...args);
  }

  /**
   * Starts `stratum <args>` with extra environment variables (a runner id, a lease TTL). `detached` makes it a
   * process group leader, so that `process.kill(-pid)` kills it with its terraform children, as a dying machine would.
   */
  startWith(
    options: { readonly env?: Readonly<Record<string, string>>; readonly detached?: boolean },
    ...args: string[]
  ): RunningCli {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: this.root,
      env: { ...this.cliEnv(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: options.detached ?? false,
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const done = new Promise<CliResult>((resolve) => {
      child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr }));
      child.on('error', (error) => resolve({ code: 127, stdout, stderr: `${stderr}${error.message}` }));
    });
    return { child, done };
  }

  /** Runs `stratum <args>` to the end. */
  cli(...args: string[]): Promise<CliResult> {
    return this.start(...args).done;
  }

  /** Runs `stratum <args> --json` and parses stdout; fails with the output when it is not JSON. */
  async cliJson<T>(...args: string[]): Promise<{ code: number; json: T; stderr: string }> {
    const result = await this.cli(...args, '--json');
    try {
      return { code: result.code, json: JSON.parse(result.stdout) as T, stderr: result.stderr };
    } catch {
      throw new Error(
        `stratum ${args.join(' ')} --json printed no JSON (exit ${result.code}):\n${result.stdout}\n${result.stderr}`,
      );
    }
  }

  /**
   * Waits (polling with backoff) until `path` exists in the workspace. When `cli` ends first, fails with its
   * output; when the time is up, kills it and fails with its output so far.
   */
  async waitForFile(path: string, cli: RunningCli, timeoutMs = 180_000): Promise<void> {
    let ended: CliResult | undefined;
    void cli.done.then((result) => (ended = result));
    const found = await pollWithBackoff(
      () => (existsSync(join(this.root, path)) ? true : ended ? false : undefined),
      { timeoutMs, maxDelayMs: 500 },
    );
    if (found) return;
    if (!ended) cli.child.kill('SIGKILL');
    const result = ended ?? (await cli.done);
    throw new Error(
      `${path} did not appear ${ended ? `before the CLI exited (${result.code})` : `within ${timeoutMs / 1000} s`}:\n${result.stdout}\n${result.stderr}`,
    );
  }

  /** Stops the emulator and removes the workspace (kept when STRATUM_E2E_KEEP=1, for debugging). */
  async close(): Promise<void> {
    await stopEmulator({ root: this.root, env: { name: 'local', endpoint: this.endpoint } }).catch(
      () => undefined,
    );
    if (process.env.STRATUM_E2E_KEEP !== '1') rmSync(this.root, { recursive: true, force: true });
  }
}
