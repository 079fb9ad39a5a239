/**
 * Portal backend benchmark.
 * 1. A ledger of 100,000 stack events (10,000 runs over 90 days, 4 environments): p50/p95 latency of
 *    GET /api/stratum/runs (filters, deep keyset pages) and GET /api/stratum/slo/platform (grouped and not),
 *    sequential requests against the real backend process. Target: p95 under 150 ms.
 * 2. The catalog entity provider on 1,000 generated projects: time to read the workspace and emit the entities.
 * 3. Backend cold start (spawn to readiness) and resident memory after the requests.
 */
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StratumEntityProvider } from '@stratum/plugin-catalog-backend-module-stratum';
import { readWorkspaceSnapshot, WorkspaceReader } from '@stratum/plugin-stratum-node';
import { makeWorkspace } from '@stratum/workspace/src/testing';
import { startPortalProcess, type PortalProcess } from '../tools/portal/backend/src/testing/portal-process';
import { table } from './lib/measure';
import { guestToken, latency } from './lib/portal-http';
import { fillPortalLedger } from './lib/portal-ledger';

const repo = join(__dirname, '..');
const RUNS = 10_000;
const EVENTS_PER_RUN = 10;

function fillLedger(path: string, projects: readonly { name: string; layer: string }[]): Promise<number> {
  return fillPortalLedger(path, repo, projects, {
    runs: RUNS,
    eventsPerRun: EVENTS_PER_RUN,
    days: 90,
    now: Date.now(),
  });
}

function rssMiB(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function deepCursorPath(portal: PortalProcess, token: string): Promise<string> {
  // a cursor ~8,000 runs deep, to show that keyset pages cost the same however deep they are
  let cursor = '';
  for (let i = 0; i < 16; i++) {
    const res = await fetch(`${portal.url}/api/stratum/runs?limit=500${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    cursor = ((await res.json()) as { nextCursor: string }).nextCursor;
  }
  return `/api/stratum/runs?limit=50&cursor=${cursor}`;
}

function generatedWorkspace(services: number, stacksPerService: number, shared: number): string {
  const files: Record<string, string> = {};
  const layers = ['application', 'data', 'monitoring', 'security'];
  for (let s = 0; s < shared; s++) {
    files[`shared-infra/s${s}/stratum.yaml`] =
      `layer: ${s % 2 === 0 ? 'infrastructure' : 'platform'}\nowner: platform-team\n`;
    files[`shared-infra/s${s}/src/index.ts`] = 'export const value = 1;\n';
    files[`shared-infra/s${s}/src/stack.ts`] =
      s % 2 === 1 ? `import '@shared/s${s - 1}';\nexport default class {}\n` : 'export default class {}\n';
  }
  for (let v = 0; v < services; v++) {
    files[`services/svc${v}/catalog-info.yaml`] =
      `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc${v}\nspec:\n  type: service\n  lifecycle: production\n  owner: group:${v % 2 ? 'payments-team' : 'orders-team'}\n`;
    for (let k = 0; k < stacksPerService; k++) {
      files[`services/svc${v}/st${k}/stratum.yaml`] = `layer: ${layers[k % layers.length]}\n`;
      files[`services/svc${v}/st${k}/src/stack.ts`] =
        `import '@shared/s${(v * 2) % shared}';\nimport '@shared/s${(v * 2 + 1) % shared}';\nexport default class {}\n`;
    }
  }
  return makeWorkspace(files);
}

async function catalogBench(): Promise<{
  projects: number;
  readMs: number;
  emitMs: number;
  entities: number;
}> {
  const root = generatedWorkspace(100, 9, 100);
  try {
    const t0 = performance.now();
    const snapshot = readWorkspaceSnapshot(root);
    const readMs = performance.now() - t0;
    const logger = {
      info() {},
      warn() {},
      error() {},
      debug() {},
      child() {
        return logger;
      },
    };
    const provider = new StratumEntityProvider({ reader: new WorkspaceReader({ root }), logger });
    let entities = 0;
    await provider.connect({
      async applyMutation(m) {
        entities = m.type === 'full' ? m.entities.length : 0;
      },
      async refresh() {},
    });
    const t1 = performance.now();
    await provider.refresh();
    return { projects: snapshot.projects.length, readMs, emitMs: performance.now() - t1, entities };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-portal-bench-'));
  const ledgerPath = join(dir, 'ledger.db');
  try {
    const projects = readWorkspaceSnapshot(repo).projects.map((p) => ({ name: p.name, layer: p.layer }));
    let t = performance.now();
    const events = await fillLedger(ledgerPath, projects);
    console.log(
      `ledger: ${RUNS} runs, ${events} stack events over 90 days in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const env = {
      NODE_ENV: 'development',
      STRATUM_LEDGER: ledgerPath,
      APP_CONFIG_stratum_commitLookupSeconds: '0',
    };
    const starts: number[] = [];
    for (let i = 0; i < 2; i++) {
      const p = await startPortalProcess({ env });
      starts.push(p.readyAfterMs);
      await p.stop();
    }
    const portal = await startPortalProcess({ env });
    starts.push(portal.readyAfterMs);
    starts.sort((a, b) => a - b);
    const afterStart = rssMiB(portal.child.pid!);
    try {
      const token = await guestToken(portal);
      const deep = await deepCursorPath(portal, token);
      t = performance.now();
      const runs = await latency(
        portal,
        token,
        [
          '/api/stratum/runs?limit=50',
          '/api/stratum/runs?env=prod&limit=50',
          '/api/stratum/runs?env=staging&status=rolled_back&limit=50',
          '/api/stratum/runs?owner=payments-team&limit=50',
          deep,
        ],
        20,
      );
      const slo = await latency(
        portal,
        token,
        [
          '/api/stratum/slo/platform',
          '/api/stratum/slo/platform?env=prod',
          '/api/stratum/slo/platform?env=prod&groupBy=layer',
          '/api/stratum/slo/platform?env=staging&groupBy=owner',
        ],
        15,
      );
      const sloService = await latency(
        portal,
        token,
        ['/api/stratum/slo/platform?env=prod&groupBy=service', '/api/stratum/slo/platform?groupBy=service'],
        15,
      );
      const slo90 = await latency(
        portal,
        token,
        [
          '/api/stratum/slo/platform?window=90d',
          '/api/stratum/slo/platform?env=prod&window=90d&groupBy=owner',
          '/api/stratum/slo/platform?window=90d&groupBy=layer',
        ],
        10,
      );
      const trend = await latency(
        portal,
        token,
        ['/api/stratum/slo/platform/trend?env=prod&window=90d&bucket=1d'],
        20,
      );
      const after = rssMiB(portal.child.pid!);
      const catalog = await catalogBench();

      console.log('\nlatency, sequential requests (ms):');
      console.log(
        table(
          ['route', 'requests', 'p50', 'p95', 'target p95'],
          [
            ['GET /runs (filters, owner, deep cursor)', runs.n, runs.p50, runs.p95, '< 150'],
            ['GET /slo/platform (default 30d, env or all, grouped or not)', slo.n, slo.p50, slo.p95, '< 150'],
            [
              'GET /slo/platform (30d, by service with DORA keys)',
              sloService.n,
              sloService.p50,
              sloService.p95,
              '< 150',
            ],
            ['GET /slo/platform (90d = every event, all envs, grouped)', slo90.n, slo90.p50, slo90.p95, '-'],
            ['GET /slo/platform/trend (90 buckets)', trend.n, trend.p50, trend.p95, '-'],
          ],
        ),
      );
      console.log('\ncatalog provider:');
      console.log(
        table(
          ['projects', 'read workspace + edges (ms)', 'read + emit entities (ms)', 'entities'],
          [[catalog.projects, catalog.readMs, catalog.emitMs, catalog.entities]],
        ),
      );
      console.log('\nbackend process:');
      console.log(
        table(
          [
            'cold start median (ms)',
            'cold starts (ms)',
            'RSS after start (MiB)',
            'RSS after requests (MiB)',
            'peak RSS (MiB)',
          ],
          [[starts[1]!, starts.map((s) => s.toFixed(0)).join(' / '), afterStart.rss, after.rss, after.peak]],
        ),
      );
    } finally {
      await portal.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `--fill-only <path>`: only write the 100,000-event ledger to <path> (for profiling queries by hand). */
async function fillOnly(path: string): Promise<void> {
  const events = await fillLedger(
    path,
    readWorkspaceSnapshot(repo).projects.map((p) => ({ name: p.name, layer: p.layer })),
  );
  console.log(`${path}: ${RUNS} runs, ${events} stack events`);
}

(process.argv[2] === '--fill-only' && process.argv[3] ? fillOnly(process.argv[3]) : main()).catch((error) => {
  console.error(String(error instanceof Error ? error.message : error).slice(0, 4000));
  process.exit(1);
});
