#!/usr/bin/env node
// Runs every TypeScript test in the workspace with Node's built-in test runner (through tsx).
// Usage: npm test [-- <path or substring> ...]   e.g. `npm test -- tools/graph`
// Backstage packages (plugins/, tools/portal/) run their own `backstage-cli package test` step.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SKIP_DIRS = new Set(['node_modules', '.git', '.nx', 'cdktf.out', '.stratum', 'dist', '.terraform', 'test-results']);
const TEST_ROOTS = ['tools', 'shared-infra', 'services', 'templates', 'bench'];

function findTests(dir, out) {
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
      if (relative(root, full) === join('tools', 'portal')) continue;
      findTests(full, out);
    } else if (entry.name.endsWith('.test.ts')) {
      out.push(relative(root, join(dir, entry.name)));
    }
  }
  return out;
}

const filters = process.argv.slice(2);
const files = TEST_ROOTS.flatMap((top) => findTests(join(root, top), []))
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f.replaceAll('/', sep))))
  .sort();

if (files.length === 0) {
  console.error(`No test files matched ${filters.length ? filters.join(', ') : 'the workspace'}.`);
  process.exit(1);
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TSX_TSCONFIG_PATH: join(root, 'tsconfig.json') } },
);
process.exit(result.status ?? 1);
