#!/usr/bin/env node
// Starts the Stratum portal backend (tools/portal/backend) on :7007 and says where it is once it is ready.
// Usage: node tools/scripts/portal.mjs [--production] [--port <n>]
//   default       embedded defaults: in-memory SQLite, guest sign-in, the ledger at .stratum/ledger.db (or STRATUM_LEDGER)
//   --production  adds tools/portal/app-config.production.yaml (PostgreSQL, GitHub sign-in, CI tokens; see that file)
// The backend runs until this process is stopped (Ctrl-C); its own log goes to this terminal.
/* global URL, fetch */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const backendDir = fileURLToPath(new URL('../portal/backend/', import.meta.url));
const args = process.argv.slice(2);
const production = args.includes('--production');
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 7007;
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number, got ${args[portIndex + 1]}`);
  process.exit(2);
}
const url = `http://localhost:${port}`;
const configs = ['../app-config.yaml', ...(production ? ['../app-config.production.yaml'] : [])];

const started = Date.now();
const child = spawn(
  process.execPath,
  [
    '--require',
    '@backstage/cli-node/config/nodeTransform.cjs',
    'src/index.ts',
    ...configs.flatMap((c) => ['--config', c]),
  ],
  {
    cwd: backendDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      // guest sign-in needs development mode; production mode comes with the production config
      NODE_ENV: production ? 'production' : 'development',
      ...(port !== 7007
        ? { APP_CONFIG_backend_listen_port: String(port), APP_CONFIG_backend_baseUrl: url }
        : {}),
    },
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

for (let delay = 100; child.exitCode === null; delay = Math.min(delay * 2, 1000)) {
  try {
    const res = await fetch(`${url}/.backstage/health/v1/readiness`);
    if (res.ok) break;
  } catch {
    // not listening yet
  }
  if (Date.now() - started > 120_000) {
    console.error(`The portal backend did not become ready on ${url} within 120 s; see its log above.`);
    child.kill('SIGTERM');
    process.exit(1);
  }
  await sleep(delay);
}
console.log(
  [
    '',
    `Stratum portal backend ready on ${url} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  Stratum API   ${url}/api/stratum/runs, /slo/platform, /adoption, /impact?project=network, /orphans`,
    `  catalog       ${url}/api/catalog/entities`,
    production
      ? '  sign-in       GitHub (app-config.production.yaml)'
      : `  guest token   curl -s ${url}/api/auth/guest/refresh`,
    '  stop with Ctrl-C',
    '',
  ].join('\n'),
);
