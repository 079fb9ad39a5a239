#!/usr/bin/env node
// Entry point of `npx stratum`: runs the TypeScript sources through tsx with the workspace's tsconfig
// (whose `paths` let services import shared projects' accessors as @shared/<name>).
'use strict';
const { existsSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');

function workspaceRoot() {
  if (process.env.STRATUM_ROOT) return resolve(process.env.STRATUM_ROOT);
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    if (dirname(dir) === dir) return resolve(__dirname, '../../..');
  }
}

process.env.TSX_TSCONFIG_PATH ??= join(workspaceRoot(), 'tsconfig.json');
require('tsx/cjs');
const { main } = require('../src/main.ts');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exitCode = 1;
  },
);
