/**
 * Portal frontend benchmark: time to first meaningful paint in headless Chromium with 10,000 runs in the ledger.
 * For the Deployments page (the first run rows) and the Platform SLOs page (the first SLO card): milliseconds from
 * navigation start to the moment they are visible (waitForSelector, then performance.now() in the page), plus the
 * browser's own First Contentful Paint and Largest Contentful Paint (PerformanceObserver). Baseline, measured side by
 * side in the same app and browser: the stock Backstage catalog index page until its first table row. Each page is
 * loaded RUNS times in a fresh browser context (cold JS cache), after one warm-up; p50/p95 and ratios are printed.
 * Needs /usr/bin/chromium (STRATUM_CHROMIUM); prints numbers, never fails on them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newRunId, openLedger } from '@stratum/ledger';
import type { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium, signInAsGuest } from '../tools/portal-e2e/src/browser';
import { startPortal, waitForCatalog } from '../tools/portal-e2e/src/portal';
import { commandWorks } from '@stratum/testing';
import { table } from './lib/measure';

const repo = join(__dirname, '..');
const RUNS = 10_000;
const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const ENVS = ['dev', 'staging', 'prod', 'local'];
const PROJECTS = ['network', 'security-baseline', 'platform', 'observability', 'orders-queue', 'orders-app'];
const DAY = 86_400_000;

/** 10,000 finished deploy runs over 90 days through the ledger's own API, two stack events each. */
async function fillLedger(path: string): Promise<void> {
  const ledger = await openLedger(path, { root: repo });
  const start = Date.now() - 90 * DAY;
  for (let i = 0; i < RUNS; i++) {
    const startedAt = new Date(start + Math.floor((i * 90 * DAY) / RUNS));
    const failed = i % 13 === 0;
    const project = PROJECTS[i % PROJECTS.length]!;
    const run = await ledger.createRun({
      id: newRunId(startedAt),
      env: ENVS[i % ENVS.length]!,
      gitSha: i.toString(16).padStart(40, '0'),
      actor: 'bench',
      trigger: 'ci',
      startedAt,
    });
    const at = (s: number) => new Date(startedAt.getTime() + s * 1000);
    await ledger.recordStackEvent(run.id, {
      project,
      stack: project,
      layer: 'data',
      status: 'applying',
      at: at(1),
    });
    await ledger.recordStackEvent(run.id, {
      project,
      stack: project,
      layer: 'data',
      status: failed ? 'failed' : 'succeeded',
      at: at(40),
      ...(failed ? { error: 'bench failure' } : {}),
    });
    await ledger.finishRun(run.id, {
      status: failed ? 'failed' : 'succeeded',
      ...(failed ? { error: 'bench failure' } : {}),
      finishedAt: at(45),
    });
  }
  await ledger.close();
}

/** A catalog file of 10,000 Components (JSON documents, which are YAML too). */
function writeCatalog(path: string): void {
  const docs = Array.from({ length: RUNS }, (_, i) =>
    JSON.stringify({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: `bench-service-${String(i).padStart(5, '0')}`,
        description: `Generated service ${i}`,
      },
      spec: { type: 'service', lifecycle: 'production', owner: 'group:default/platform-team' },
    }),
  );
  writeFileSync(path, `${docs.join('\n---\n')}\n`);
}

interface Paint {
  readonly ready: number;
  readonly fcp: number;
  readonly lcp: number;
}

/** One cold load of `path` until `selector` is visible. */
async function load(browser: Browser, appUrl: string, path: string, selector: string): Promise<Paint> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signInAsGuest(page, appUrl);
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __paint: { fcp: number; lcp: number } };
    w.__paint = { fcp: NaN, lcp: NaN };
    const PO = (
      globalThis as unknown as {
        PerformanceObserver: new (
          cb: (list: { getEntries(): { name: string; startTime: number }[] }) => void,
        ) => { observe(o: object): void };
      }
    ).PerformanceObserver;
    new PO((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') w.__paint.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PO((list) => {
      for (const e of list.getEntries()) w.__paint.lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(`${appUrl}${path}`);
  await page.waitForSelector(selector, { state: 'visible', timeout: 60_000 });
  const ready = await page.evaluate(() => performance.now());
  await page.waitForTimeout(200);
  const paint = await page.evaluate(
    () => (globalThis as unknown as { __paint: { fcp: number; lcp: number } }).__paint,
  );
  await context.close();
  return { ready, ...paint };
}

const pct = (values: number[], p: number) => {
  const sorted = [...values].filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
};
const ms = (v: number) => (Number.isNaN(v) ? '-' : v.toFixed(0));

async function main(): Promise<void> {
  if (!commandWorks(CHROMIUM, ['--version'])) {
    console.log(`skipped: ${CHROMIUM} is not available (apt-get install chromium, or set STRATUM_CHROMIUM)`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'stratum-frontend-bench-'));
  const ledgerPath = join(dir, 'ledger.db');
  let t = performance.now();
  await fillLedger(ledgerPath);
  console.log(
    `ledger: ${RUNS} runs through @stratum/ledger in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const catalogFile = join(dir, 'catalog.yaml');
  writeCatalog(catalogFile);
  t = performance.now();
  const portal = await startPortal({
    ledger: ledgerPath,
    env: {
      // the repository's own locations plus the generated one (an APP_CONFIG_ array replaces the whole list)
      APP_CONFIG_catalog_locations: JSON.stringify([
        { type: 'file', target: '../../../services/org.yaml', rules: [{ allow: ['Group', 'User'] }] },
        { type: 'file', target: '../../../services/*/catalog-info.yaml' },
        { type: 'file', target: catalogFile },
      ]),
    },
  });
  console.log(
    `portal (build if stale + backend + frontend) ready in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const ingest = await waitForCatalog(portal.backendUrl, 'kind=component', RUNS, 900_000);
  console.log(`catalog: ${RUNS} generated Components ingested ${ingest.toFixed(1)} s later`);
  const browser = await launchChromium();
  try {
    const pages = [
      { name: 'Deployments (first run row)', path: '/stratum/deployments', selector: 'table tbody tr' },
      {
        name: 'Platform SLOs (first SLO card)',
        path: '/stratum/slos',
        selector: 'text=Deployment success rate',
      },
      { name: 'baseline: catalog index (first row)', path: '/catalog', selector: 'table tbody tr >> nth=0' },
    ];
    const results = new Map<string, Paint[]>();
    for (const p of pages) await load(browser, portal.appUrl, p.path, p.selector); // warm-up (backend caches)
    for (let i = 0; i < LOADS; i++) {
      for (const p of pages) {
        const list = results.get(p.name) ?? [];
        list.push(await load(browser, portal.appUrl, p.path, p.selector));
        results.set(p.name, list);
      }
    }
    const baseline = pct(
      results.get(pages[2]!.name)!.map((r) => r.ready),
      0.5,
    );
    const rows = pages.map((p) => {
      const r = results.get(p.name)!;
      const ready = r.map((x) => x.ready);
      return [
        p.name,
        ms(pct(ready, 0.5)),
        ms(pct(ready, 0.95)),
        ms(
          pct(
            r.map((x) => x.fcp),
            0.5,
          ),
        ),
        ms(
          pct(
            r.map((x) => x.lcp),
            0.5,
          ),
        ),
        (pct(ready, 0.5) / baseline).toFixed(2),
      ];
    });
    console.log(
      `\n${LOADS} loads each (fresh browser context, signed in), ${RUNS} runs in the ledger and ${RUNS} Components in the catalog; ms from navigation start:`,
    );
    console.log(table(['page', 'data visible p50', 'p95', 'FCP p50', 'LCP p50', 'x baseline p50'], rows));
  } finally {
    await browser.close();
    await portal.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
