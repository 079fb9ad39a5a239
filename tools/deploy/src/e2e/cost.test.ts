import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openLedger } from '@stratum/ledger';
import { e2eSkipReason, World } from './world';

interface PlanJson {
  stacks: { stack: string; status: string; error?: string; cost?: { monthlyDelta: number } }[];
  assessment?: {
    cost: {
      monthlyDelta: number;
      priceSheet: { asOf: string };
      byOwner: { name: string; monthlyDelta: number }[];
      unpriced: { address: string; reason: string }[];
    };
    risk: { score: number; level: string; terms: { term: string; points: number; because: string }[] };
  };
}

/**
 * The cost and risk of a real plan: the network deployed to the emulator, then a second NAT gateway in the
 * environment file. `stratum plan` prices the saved plan offline and scores the change.
 */
describe('e2e: cost delta and risk of a real plan (terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  before(async () => {
    world = await World.create('cost', { example: true });
    const deployed = await world.cliJson<{ status: string }>(
      'deploy',
      '--env',
      'local',
      '--projects',
      'network',
    );
    assert.equal(deployed.json.status, 'succeeded', deployed.stderr);
    const local = world.read('environments/local.yaml');
    assert.match(
      local,
      /natGateways: 1/,
      'environments/local.yaml no longer has natGateways: 1; update this test',
    );
    world.write({ 'environments/local.yaml': local.replace('natGateways: 1', 'natGateways: 2') });
    world.commit('a second NAT gateway');
  });
  after(async () => world?.close());

  test('a second NAT gateway shows a positive monthly delta for the network owner and a risk score', async () => {
    const { code, json, stderr } = await world.cliJson<PlanJson>(
      'plan',
      '--env',
      'local',
      '--projects',
      'network',
    );
    assert.equal(code, 0, `${stderr}\n${JSON.stringify(json.stacks)}`);
    const a = json.assessment!;
    // One more NAT gateway (730 h at $0.045) and its Elastic IP (730 h at $0.005), from the shipped sheet.
    assert.equal(a.cost.monthlyDelta, 36.5);
    assert.deepEqual(a.cost.byOwner, [{ name: 'platform-team', monthlyDelta: 36.5, unpricedCount: 0 }]);
    assert.match(a.cost.priceSheet.asOf, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(
      a.risk.terms.find((t) => t.term === 'layers')?.points,
      25,
      'infrastructure is the heaviest layer',
    );
    assert.equal(a.risk.terms.find((t) => t.term === 'cost')?.points, 5);
    assert.ok(a.risk.score >= 30, `risk ${a.risk.score}`);

    // Recorded in the ledger for that commit, where promote (extra approvals) and the portal read it.
    const ledger = await openLedger(join(world.root, '.stratum', 'ledger.db'), { root: world.root });
    try {
      const recorded = await ledger.latestPlanAssessment('local', world.git('rev-parse', 'HEAD').trim());
      assert.equal(recorded?.monthlyDelta, 36.5);
      assert.equal(recorded?.riskScore, a.risk.score);
      assert.deepEqual((recorded?.assessment as { risk: unknown }).risk, a.risk);
    } finally {
      await ledger.close();
    }
  });

  test('the PR comment carries the Cost and Risk sections', async () => {
    const result = await world.cli('plan', '--env', 'local', '--projects', 'network', '--markdown');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /#### Cost\n\nMonthly change \*\*\+\$36\.50\*\*/);
    assert.match(result.stdout, /\| owner \| @platform-team \| \+\$36\.50 \|/);
    assert.match(result.stdout, /#### Risk\n\nScore \*\*\d+\*\* \((low|medium|high|critical)\)/);
    assert.match(result.stdout, /\| layers \| 25 \| touches infrastructure/);
  });

  test('a cap on the monthly increase in the environment file fails the plan and says where to change it', async () => {
    const local = world.read('environments/local.yaml');
    world.write({
      'environments/local.yaml': local.replace(/^policy:\n/m, 'policy:\n  maxMonthlyCostIncrease: 10\n'),
    });
    const result = await world.cli('plan', '--env', 'local', '--projects', 'network');
    world.write({ 'environments/local.yaml': local });
    assert.equal(result.code, 1, result.stdout);
    assert.match(
      result.stderr,
      /adds \$36\.50 a month, over local's policy\.maxMonthlyCostIncrease of \$10\.00 \(environments\/local\.yaml\)/,
    );
  });
});
