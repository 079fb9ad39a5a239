import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openLedger, type Ledger, type RunStatus } from '@stratum/ledger';
import { PORTAL_COMMITS_TABLE } from '@stratum/slo';
import { commandWorks, missing } from '@stratum/testing';
import { REPO_ROOT, cliWorkspace, runCli } from '../test/harness';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Objectives as shipped in tools/portal/platform-slos.yaml (95% success, lead 1d, rollback 30m, CFR 15%, MTTR 4h, drift 5%). */
const OBJECTIVES = readFileSync(join(REPO_ROOT, 'tools/portal/platform-slos.yaml'), 'utf8');

interface Seed {
  readonly env: string;
  readonly status: Exclude<RunStatus, 'running'>;
  /** Start, ms before now. */
  readonly ago: number;
  readonly minutes: number;
  readonly sha: string;
}

async function seed(ledger: Ledger, runs: readonly Seed[], now: number): Promise<void> {
  for (const run of runs) {
    const id = ledger.newRunId();
    const start = now - run.ago;
    await ledger.createRun({
      id,
      env: run.env,
      gitSha: run.sha,
      actor: 'ci',
      trigger: 'ci',
      startedAt: new Date(start),
    });
    await ledger.recordStackEvent(id, {
      project: 'payments-app',
      stack: 'payments-app-us-east-1',
      layer: 'application',
      status: run.status === 'succeeded' ? 'succeeded' : 'failed',
      at: new Date(start + MIN),
    });
    await ledger.finishRun(id, { status: run.status, finishedAt: new Date(start + run.minutes * MIN) });
  }
}

describe('stratum slo check (real SQLite ledger)', () => {
  let root: string;
  before(async () => {
    root = cliWorkspace({ 'tools/portal/platform-slos.yaml': OBJECTIVES });
    const ledger = await openLedger(undefined, { root });
    const sha = (n: number) => String(n).padStart(40, 'a');
    // prod, one deploy an hour: 8 of 10 succeeded (80% < 95%): 0.5 bad runs allowed, 2 spent → budget
    // 1 - 2/0.5 = -300%. Each failure is fixed by the next deploy an hour later: MTTR 1h of 4h.
    const prod: Seed[] = Array.from({ length: 10 }, (_, i) => ({
      env: 'prod',
      status: i === 3 || i === 6 ? 'failed' : 'succeeded',
      ago: (10 - i) * HOUR,
      minutes: 10,
      sha: sha(i),
    }));
    // staging: 20 successes, every one 30 minutes after its commit; one failure 40 days ago (outside 30d, inside 60d).
    const staging: Seed[] = Array.from({ length: 20 }, (_, i) => ({
      env: 'staging',
      status: 'succeeded',
      ago: (20 - i) * HOUR,
      minutes: 10,
      sha: sha(100 + i),
    }));
    staging.push({ env: 'staging', status: 'failed', ago: 40 * DAY, minutes: 5, sha: sha(999) });
    const now = Date.now();
    await seed(ledger, [...prod, ...staging], now);
    // The portal's commit-time table, as its migration makes it: lead time = finished - committed.
    await ledger.knex.schema.createTable(PORTAL_COMMITS_TABLE, (t) => {
      t.string('git_sha', 64).primary();
      t.bigInteger('committed_at').nullable();
    });
    await ledger
      .knex(PORTAL_COMMITS_TABLE)
      .insert(
        staging
          .slice(0, 20)
          .map((run) => ({ git_sha: run.sha, committed_at: now - run.ago + 10 * MIN - 30 * MIN })),
      );
    await ledger.close();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  test('exits 1 when a budget is spent, naming the SLO, its value, objective and remaining budget', async () => {
    const { code, stdout } = await runCli(root, 'slo', 'check', '--env', 'prod');
    assert.equal(code, 1, stdout);
    assert.match(
      stdout,
      /SPENT\s+Deployment success rate\s+value 80%\s+objective >= 95%\s+budget left -300%\s+\(2 bad of 10\)/,
    );
    assert.match(stdout, /FAILED: error budget spent for Deployment success rate/);
    assert.match(stdout, /no data\s+Drift rate/);
  });

  test('--json gives the report, the verdict and the spent SLO ids', async () => {
    const { code, stdout } = await runCli(root, 'slo', 'check', '--env', 'prod', '--json');
    assert.equal(code, 1);
    const report = JSON.parse(stdout) as {
      passed: boolean;
      spent: string[];
      env: string;
      window: string;
      overall: {
        id: string;
        value: number | null;
        samples: number;
        remainingErrorBudget: number | null;
        status: string;
      }[];
    };
    assert.deepEqual(
      [report.passed, report.spent, report.env, report.window],
      [false, ['deploymentSuccessRate'], 'prod', '30d'],
    );
    const success = report.overall.find((s) => s.id === 'deploymentSuccessRate')!;
    assert.deepEqual(
      [success.value, success.samples, success.remainingErrorBudget, success.status],
      [0.8, 10, -3, 'breached'],
    );
    // prod shas have no commit times: lead time has no samples.
    assert.equal(report.overall.find((s) => s.id === 'leadTime')!.status, 'no_data');
  });

  test('exits 0 when every budget holds; lead time comes from the commit table', async () => {
    const { code, stdout } = await runCli(root, 'slo', 'check', '--env', 'staging', '--json');
    assert.equal(code, 0, stdout);
    const report = JSON.parse(stdout) as {
      passed: boolean;
      overall: { id: string; value: number | null; samples: number; status: string }[];
    };
    assert.equal(report.passed, true);
    const byId = Object.fromEntries(report.overall.map((s) => [s.id, s]));
    assert.deepEqual([byId.deploymentSuccessRate!.value, byId.deploymentSuccessRate!.samples], [1, 20]);
    assert.deepEqual(
      [byId.leadTime!.value, byId.leadTime!.samples, byId.leadTime!.status],
      [30 * MIN, 20, 'met'],
    );
  });

  test('--window widens the window: the old failure counts, and its 40-day recovery spends the MTTR budget', async () => {
    const { code, stdout } = await runCli(root, 'slo', 'check', '--env', 'staging', '--window', '60d');
    assert.equal(code, 1, stdout);
    // 20 of 21 succeeded: 95.24% >= 95%; 1.05 bad runs allowed, 1 spent → 4.76% left.
    assert.match(
      stdout,
      /ok\s+Deployment success rate\s+value 95\.24%\s+objective >= 95%\s+budget left 4\.76%/,
    );
    // Failed 40 days ago, restored by the first success 20 hours ago: about 39.2d against 4h.
    assert.match(stdout, /SPENT\s+Mean time to restore\s+value 39\.\d+d\s+objective <= 4h/);
    assert.match(stdout, /FAILED: error budget spent for Mean time to restore/);
  });

  test('usage errors exit 2: no --env, an unknown environment, a bad window, no subcommand', async () => {
    assert.equal((await runCli(root, 'slo', 'check')).code, 2);
    assert.equal((await runCli(root, 'slo', 'check', '--env', 'prod', '--window', '5x')).code, 2);
    assert.match(
      (await runCli(root, 'slo', 'check', '--env', 'prod', '--window', '10m')).stderr,
      /--window: got '10m'; give a duration from 1h to 400d/,
    );
    assert.equal((await runCli(root, 'slo')).code, 2);
    const unknown = await runCli(root, 'slo', 'check', '--env', 'qa');
    assert.notEqual(unknown.code, 0);
    assert.match(unknown.stderr, /qa/);
  });

  test('a broken objectives file fails with its path and field', async () => {
    const bad = cliWorkspace({
      'tools/portal/platform-slos.yaml': OBJECTIVES.replace('objective: 0.95', 'objective: 95'),
    });
    try {
      const { code, stderr } = await runCli(bad, 'slo', 'check', '--env', 'prod');
      assert.equal(code, 1);
      assert.match(stderr, /tools\/portal\/platform-slos\.yaml: deploymentSuccessRate\.objective: got 95/);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('stratum slo rules', () => {
  const root = cliWorkspace({
    'services/payments/slo.yaml': readFileSync(join(REPO_ROOT, 'services/payments/slo.yaml'), 'utf8'),
  });
  after(() => rmSync(root, { recursive: true, force: true }));
  const promtool = missing('promtool', commandWorks('promtool', ['--version']), 'install Debian prometheus');

  test('writes <service>.rules.yml to the default folder, then reports it unchanged', async () => {
    const first = await runCli(root, 'slo', 'rules');
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /wrote\s+\.stratum\/prometheus\/rules\/payments\.rules\.yml/);
    const text = readFileSync(join(root, '.stratum/prometheus/rules/payments.rules.yml'), 'utf8');
    assert.match(text, /^# Generated by `stratum slo rules` from services\/payments\/slo\.yaml/);
    assert.match(text, /record: slo:sli_error:ratio_rate5m/);
    const second = await runCli(root, 'slo', 'rules');
    assert.match(second.stdout, /unchanged \.stratum\/prometheus\/rules\/payments\.rules\.yml/);
  });

  test('--out names the folder; promtool accepts the file', { skip: promtool }, async () => {
    const { code } = await runCli(root, 'slo', 'rules', '--out', join(root, 'out'));
    assert.equal(code, 0);
    const result = spawnSync('promtool', ['check', 'rules', join(root, 'out/payments.rules.yml')], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });

  test('an invalid slo.yaml writes nothing and names the file and path', async () => {
    const broken = cliWorkspace({
      'services/shop/slo.yaml': 'apiVersion: openslo/v1\nkind: SLO\nmetadata: { name: x }\nspec: {}\n',
    });
    try {
      const { code, stderr } = await runCli(broken, 'slo', 'rules');
      assert.equal(code, 1);
      assert.match(
        stderr,
        /services\/shop\/slo\.yaml: document 1 \(SLO "x"\): spec\.service: got nothing: required field is missing/,
      );
      assert.equal(spawnSync('ls', [join(broken, '.stratum/prometheus/rules')]).status !== 0, true);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
