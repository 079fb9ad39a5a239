/**
 * Portal at scale (issue 15's scale bench, the portal row): a generated ledger of 1,000,000 stack events (100,000
 * deploy runs over 120 days, 4 environments) behind the real backend process, and the p95 of GET /api/stratum/runs
 * and GET /api/stratum/slo/platform for every window the SLO page offers (1d, 7d, 30d, 90d), side by side: the raw
 * queries (`stratum.slo.rollup: false`) and the platform SLO rollup. Goal: p95 < 150 ms. Also the rollup's full
 * rebuild time at that size. `--events N` scales the ledger (10 events per run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger } from '@stratum/ledger';
import { SHARED_GROUP } from '@stratum/plugin-stratum-common';
import { COMMITS_TABLE } from '@stratum/plugin-stratum-backend';
import { projectMappings, SloRollup } from '@stratum/plugin-stratum-backend/src/slo/rollup/rollup';
import { readWorkspaceSnapshot } from '@stratum/plugin-stratum-node';
import { startPortalProcess } from '../tools/portal/backend/src/testing/portal-process';
import { table } from './lib/measure';
import { guestToken, latency } from './lib/portal-http';
import { fillPortalLedger } from './lib/portal-ledger';

const repo = join(__dirname, '..');
const WINDOWS = ['1d', '7d', '30d', '90d'];
const eventsArg = process.argv.indexOf('--events');
const EVENTS = eventsArg > 0 ? Number(process.argv[eventsArg + 1]) : 1_000_000;
const EVENTS_PER_RUN = 10;

/** The requests the SLO page makes for a window: all environments or one, grouped by what the page offers. */
const sloPaths = (window: string) => [
  `/api/stratum/slo/platform?window=${window}`,
  `/api/stratum/slo/platform?env=prod&window=${window}`,
  `/api/stratum/slo/platform?window=${window}&groupBy=service`,
  `/api/stratum/slo/platform?env=prod&window=${window}&groupBy=layer`,
  `/api/stratum/slo/platform?env=staging&window=${window}&groupBy=owner`,
];
const runPaths = [
  '/api/stratum/runs?limit=50',
  '/api/stratum/runs?env=prod&limit=50',
  '/api/stratum/runs?env=staging&status=rolled_back&limit=50',
  '/api/stratum/runs?owner=payments-team&limit=50',
];

type Figures = Map<string, { p50: number; p95: number; n: number }>;

async function measurePortal(ledgerPath: string, rollup: boolean, rawRounds: number): Promise<Figures> {
  const portal = await startPortalProcess({
    env: {
      NODE_ENV: 'development',
      STRATUM_LEDGER: ledgerPath,
      APP_CONFIG_stratum_commitLookupSeconds: '0',
      APP_CONFIG_stratum_slo_rollup: rollup ? 'true' : 'false',
      APP_CONFIG_stratum_slo_rollupRefreshSeconds: '0',
    },
  });
  const out: Figures = new Map();
  try {
    const token = await guestToken(portal);
    out.set('/runs', await latency(portal, token, runPaths, rollup ? 20 : rawRounds * 4));
    for (const window of WINDOWS) {
      out.set(window, await latency(portal, token, sloPaths(window), rollup ? 20 : rawRounds));
    }
  } finally {
    await portal.stop();
  }
  return out;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-portal-scale-'));
  const ledgerPath = join(dir, 'ledger.db');
  try {
    const snapshot = readWorkspaceSnapshot(repo);
    const runs = Math.round(EVENTS / EVENTS_PER_RUN);
    let t = performance.now();
    const events = await fillPortalLedger(
      ledgerPath,
      repo,
      snapshot.projects.map((p) => ({ name: p.name, layer: p.layer })),
      { runs, eventsPerRun: EVENTS_PER_RUN, days: 120, now: Date.now() },
    );
    console.log(
      `ledger: ${runs} runs, ${events} stack events over 120 days in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    // the rollup the portal reads, built as its background refresh builds it (same workspace, same project groups)
    const ledger = await openLedger(ledgerPath, { root: repo });
    t = performance.now();
    await new SloRollup({ ledger: ledger.knex, portal: ledger.knex, commitsTable: COMMITS_TABLE }).rebuild(
      projectMappings(snapshot.projects, SHARED_GROUP),
    );
    const rebuildMs = performance.now() - t;
    await ledger.close();
    console.log(`rollup: full rebuild in ${(rebuildMs / 1000).toFixed(1)} s`);

    const raw = await measurePortal(ledgerPath, false, 2);
    const rolled = await measurePortal(ledgerPath, true, 0);
    const rows = ['/runs', ...WINDOWS].map((key) => {
      const r = raw.get(key)!;
      const u = rolled.get(key)!;
      const route =
        key === '/runs' ? 'GET /runs (filters, owner, cursor)' : `GET /slo/platform window=${key}`;
      return [route, `${r.n} / ${u.n}`, r.p95, u.p95, r.p95 / u.p95, u.p95 < 150 ? 'yes' : 'NO'];
    });
    console.log(
      `\np95 over ${events} stack events, sequential requests (ms); /runs reads the ledger either way:`,
    );
    console.log(
      table(['route', 'requests raw / rollup', 'p95 raw', 'p95 rollup', 'speed-up', '< 150 ms'], rows),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(String(error instanceof Error ? error.stack : error).slice(0, 4000));
  process.exit(1);
});
