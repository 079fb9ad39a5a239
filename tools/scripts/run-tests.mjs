#!/usr/bin/env node
// Runs every test in the workspace, in two phases:
//   1. TypeScript tests under tools/, shared-infra/, services/, templates/, bench/ with Node's built-in test runner
//      (through tsx);
//   2. the Backstage packages' jest tests (plugins/, tools/portal/) in one `backstage-cli repo test` run.
// Usage: npm test [-- <path or substring> ...]   e.g. `npm test -- tools/graph` or `npm test -- plugins/stratum-backend`
// A phase whose files match no filter is skipped; the command fails when either phase fails or nothing matched.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  '.nx',
  'cdktf.out',
  '.stratum',
  'dist',
  '.terraform',
  'test-results',
]);
const NODE_TEST_ROOTS = ['tools', 'shared-infra', 'services', 'templates', 'bench'];
/** Backstage packages: their tests are jest tests run by backstage-cli. */
const JEST_ROOTS = ['plugins', join('tools', 'portal')];

function findTests(dir, out, skip = new Set()) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (SKIP_DIRS.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (skip.has(relative(root, full))) continue;
      findTests(full, out, skip);
    } else if (entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx')) {
      out.push(relative(root, join(dir, entry.name)));
    }
  }
  return out;
}

const filters = process.argv.slice(2);
const matches = (file) => filters.length === 0 || filters.some((f) => file.includes(f.replaceAll('/', sep)));
const nodeFiles = NODE_TEST_ROOTS.flatMap((top) => findTests(join(root, top), [], new Set(JEST_ROOTS)))
  .filter(matches)
  .sort();
const jestFiles = JEST_ROOTS.flatMap((top) => findTests(join(root, top), []))
  .filter(matches)
  .sort();

if (nodeFiles.length === 0 && jestFiles.length === 0) {
  console.error(`No test files matched ${filters.length ? filters.join(', ') : 'the workspace'}.`);
  process.exit(1);
}

const failed = [];
if (nodeFiles.length > 0) {
  console.log(`\n=== node:test: ${nodeFiles.length} file(s)`);
  // --test-force-exit: a file whose tests have all finished exits even when a failed test left a handle open (a
  // ledger it never closed), so a failure is reported instead of hanging the run. --test-timeout: a test that hangs
  // fails under its own name after 20 minutes (the slowest end-to-end test takes about 5).
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-concurrency=2',
      '--test-force-exit',
      `--test-timeout=${20 * 60_000}`,
      '--test-reporter=spec',
      ...nodeFiles,
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') } },
  );
  if (result.status !== 0) failed.push(`node:test (exit ${result.status ?? result.signal})`);
}

if (jestFiles.length > 0) {
  console.log(`\n=== jest (backstage-cli repo test): ${jestFiles.length} file(s)`);
  // CI=true: a single run, never jest's watch mode. With filters, only the matching files run. --forceExit, as
  // --test-force-exit above: handles a failed test left open never keep the run from ending.
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules', '@backstage', 'cli', 'bin', 'backstage-cli'),
      'repo',
      'test',
      '--forceExit',
      ...(filters.length ? jestFiles : []),
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, CI: 'true' } },
  );
  if (result.status !== 0) failed.push(`jest (exit ${result.status ?? result.signal})`);
}

if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}.`);
  process.exit(1);
}
