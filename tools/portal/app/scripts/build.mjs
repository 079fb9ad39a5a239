// Builds the portal frontend (tools/portal/app/dist) with `backstage-cli package build`, unless the build there was
// made from the same inputs: the app's sources, the sources of every workspace plugin that is not a backend package,
// the app config and the lockfile.
// A fresh clone builds once (about 15 s, 1 GB of memory on two cores); later starts reuse dist/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = join(appDir, 'dist');
const root = join(appDir, '..', '..', '..');
const STAMP = join(distDir, '.stratum-build-inputs');
const SKIP = new Set(['node_modules', 'dist', '.git']);

/** Files and folders whose content the bundle depends on. */
function inputs() {
  const plugins = join(root, 'plugins');
  return [
    join(appDir, 'src'),
    join(appDir, 'public'),
    join(appDir, 'package.json'),
    join(root, 'tools', 'portal', 'app-config.yaml'),
    join(root, 'package-lock.json'),
    ...readdirSync(plugins)
      .filter((name) => bundled(join(plugins, name, 'package.json')))
      .flatMap((name) => [join(plugins, name, 'src'), join(plugins, name, 'package.json')]),
  ];
}

/** Backend roles never reach the bundle; a change to a backend plugin needs no frontend build. */
const BACKEND_ROLES = new Set(['backend', 'backend-plugin', 'backend-plugin-module', 'node-library', 'cli']);

function bundled(packageJson) {
  if (!existsSync(packageJson)) return false;
  const role = JSON.parse(readFileSync(packageJson, 'utf8')).backstage?.role;
  return !BACKEND_ROLES.has(role);
}

function addFiles(path, out) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) addFiles(join(path, entry), out);
  } else out.push(path);
}

/** A hash of every input file's path and content. */
export function inputsHash() {
  const files = [];
  for (const input of inputs()) addFiles(input, files);
  const hash = createHash('sha256');
  for (const file of files)
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/** True when dist/ holds a build of exactly the current inputs. */
export function buildIsCurrent(hash = inputsHash()) {
  return existsSync(join(distDir, 'index.html')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash;
}

/**
 * Refuses a bundle with two copies of react-router: a package that pins another react-router-dom than the root's
 * gets its own copy under its node_modules, and the app then fails in the browser with an empty router invariant.
 */
function checkSingleRouter() {
  const nested = [appDir, ...readdirSync(join(root, 'plugins')).map((name) => join(root, 'plugins', name))]
    .map((dir) => join(dir, 'node_modules', 'react-router-dom'))
    .filter((dir) => existsSync(dir));
  if (nested.length > 0) {
    throw new Error(
      `${nested.map((dir) => relative(root, dir)).join(', ')}: a second react-router-dom next to node_modules/react-router-dom. ` +
        'Give every package the same react-router-dom version as the root (package.json) and run `npm install`.',
    );
  }
}

/**
 * Builds the frontend when dist/ is missing or stale (always with `force`). Returns what happened; throws with the
 * bundler's exit code when the build fails (its output went to this terminal).
 */
export function ensureBuild({ force = false, log = console.log } = {}) {
  const hash = inputsHash();
  if (!force && buildIsCurrent(hash)) return { built: false, seconds: 0 };
  checkSingleRouter();
  log('Building the portal frontend (tools/portal/app/dist) ...');
  const started = Date.now();
  const cli = join(root, 'node_modules', '@backstage', 'cli', 'bin', 'backstage-cli');
  const result = spawnSync(process.execPath, [cli, 'package', 'build', '--config', '../app-config.yaml'], {
    cwd: appDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(
      `The portal frontend build failed (backstage-cli package build in ${appDir}, exit ${result.status ?? result.signal}); see its errors above.`,
    );
  }
  writeFileSync(`${STAMP}.tmp`, hash);
  renameSync(`${STAMP}.tmp`, STAMP);
  const seconds = (Date.now() - started) / 1000;
  log(`Built the portal frontend in ${seconds.toFixed(1)} s.`);
  return { built: true, seconds };
}
