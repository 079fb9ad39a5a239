#!/usr/bin/env node
// Starts the Stratum portal: the backend (tools/portal/backend) on :7007 and the frontend (tools/portal/app) on
// :3000, and says where to open it once both answer.
// Usage: node tools/scripts/portal.mjs [--port <n>] [--app-port <n>] [--dev] [--rebuild] [--no-frontend] [--production]
//   default        embedded defaults: in-memory SQLite, guest sign-in, the ledger at .stratum/ledger.db (or
//                  STRATUM_LEDGER); the frontend is a production build (made when its sources changed, ~15 s)
//                  served from tools/portal/app/dist
//   --dev          the frontend from `backstage-cli package start` (rspack dev server, reloads on edits; ~1.5 GB)
//   --rebuild      build the frontend even when dist/ is current
//   --no-frontend  the backend alone
//   --production   adds tools/portal/app-config.production.yaml (PostgreSQL, GitHub sign-in, CI tokens; see that
//                  file) and runs the backend alone: serve the built frontend from your web server
// Both run until this process is stopped (Ctrl-C stops both); the backend's log goes to this terminal.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { appDir, distDir, ensureBuild } from '../portal/app/scripts/build.mjs';
import { serveDist } from '../portal/app/scripts/serve.mjs';

const backendDir = fileURLToPath(new URL('../portal/backend/', import.meta.url));
const args = process.argv.slice(2);
const production = args.includes('--production');
const dev = args.includes('--dev');
const frontend = !production && !args.includes('--no-frontend');

function portArg(flag, fallback) {
  const index = args.indexOf(flag);
  if (index < 0) return fallback;
  const port = Number(args[index + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${flag} must be a port number, got ${args[index + 1]}`);
    process.exit(2);
  }
  return port;
}
const port = portArg('--port', 7007);
const appPort = portArg('--app-port', 3000);
if (dev && (port !== 7007 || appPort !== 3000)) {
  console.error(
    '--dev runs on the ports of tools/portal/app-config.yaml (7007 and 3000); drop --port/--app-port',
  );
  process.exit(2);
}
const url = `http://localhost:${port}`;
const appUrl = `http://localhost:${appPort}`;
const configs = ['../app-config.yaml', ...(production ? ['../app-config.production.yaml'] : [])];

const children = [];
let stopping = false;
function stop(code) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

function start(name, command, commandArgs, options) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', ...options });
  children.push(child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`The portal ${name} stopped (${code ?? signal}); stopping the portal.`);
    stop(code || 1);
  });
  return child;
}

const started = Date.now();
start(
  'backend',
  process.execPath,
  [
    '--require',
    '@backstage/cli-node/config/nodeTransform.cjs',
    'src/index.ts',
    ...configs.flatMap((c) => ['--config', c]),
  ],
  {
    cwd: backendDir,
    env: {
      ...process.env,
      // guest sign-in needs development mode; production mode comes with the production config
      NODE_ENV: production ? 'production' : 'development',
      ...(port !== 7007
        ? { APP_CONFIG_backend_listen_port: String(port), APP_CONFIG_backend_baseUrl: url }
        : {}),
      ...(appPort !== 3000 ? { APP_CONFIG_app_baseUrl: appUrl, APP_CONFIG_backend_cors_origin: appUrl } : {}),
    },
  },
);

if (frontend && dev) {
  start(
    'frontend dev server',
    process.execPath,
    [
      fileURLToPath(new URL('../../node_modules/@backstage/cli/bin/backstage-cli', import.meta.url)),
      'package',
      'start',
      '--config',
      '../app-config.yaml',
    ],
    { cwd: appDir, env: { ...process.env, BROWSER: 'none' } },
  );
} else if (frontend) {
  try {
    ensureBuild({ force: args.includes('--rebuild') });
    await serveDist({
      distDir,
      port: appPort,
      config: { app: { baseUrl: appUrl }, backend: { baseUrl: url } },
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    stop(1);
  }
}

async function waitFor(what, probe) {
  for (let delay = 100; ; delay = Math.min(delay * 2, 1000)) {
    try {
      const res = await fetch(probe);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 180_000) {
      console.error(`The portal ${what} did not answer on ${probe} within 180 s; see its log above.`);
      stop(1);
    }
    await sleep(delay);
  }
}
await waitFor('backend', `${url}/.backstage/health/v1/readiness`);
if (frontend) await waitFor('frontend', appUrl);
console.log(
  [
    '',
    `Stratum portal ready after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ...(frontend ? [`  open          ${appUrl}   (signed in as guest)`] : []),
    `  backend       ${url}`,
    `  Stratum API   ${url}/api/stratum/runs, /slo/platform, /adoption, /impact?project=network, /orphans`,
    production
      ? '  sign-in       GitHub (app-config.production.yaml); serve tools/portal/app/dist from your web server'
      : `  guest token   curl -s ${url}/api/auth/guest/refresh`,
    '  stop with Ctrl-C',
    '',
  ].join('\n'),
);
