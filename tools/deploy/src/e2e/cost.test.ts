import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openLedger } from '@stratum/ledger';
import { paramsProject } from './fixtures';
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
 * The cost and risk of a real plan: the example's network (and a one-parameter project) deployed to the emulator, then a
 * change that adds a second NAT gateway in the environment file and deletes that project. `stratum plan` prices the
 * saved plan offline, plans the destroy and scores the change.
 */
describe('e2e: cost delta and risk of a real plan (terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  let deployedSha = '';
  before(async () => {
    // the example's network alone (a plan of the whole undeployed example would plan every stack)
    world = await World.create('cost', {
      example: ['shared-infra/network'],
      files: paramsProject({ value: 'v1' }),
    });
    const deployed = await world.cliJson<{ status: string }>(
      'deploy',
      '--env',
      'local',
      '--projects',
      'network,e2e-params',
    );
    assert.equal(deployed.json.status, 'succeeded', deployed.stderr);
    deployedSha = world.git('rev-parse', 'HEAD').trim();
    const local = world.read('environments/local.yaml');
    assert.match(
      local,
      /natGateways: 1/,
      'environments/local.yaml no longer has natGateways: 1; update this test',
    );
    world.write({ 'environments/local.yaml': local.replace('natGateways: 1', 'natGateways: 2') });
    rmSync(join(world.root, 'shared-infra/e2e-params'), { recursive: true, force: true });
    world.commit('a second NAT gateway; e2e-params is retired');
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

  test('the example change: one PR comment shows its cost, its risk and what it destroys', async () => {
    const result = await world.cli(
      'plan',
      '--env',
      'local',
      '--affected',
      '--base',
      deployedSha,
      '--markdown',
    );
    assert.equal(result.code, 0, result.stderr);
    const comment = result.stdout;
    const at = (pattern: RegExp): number => {
      const found = pattern.exec(comment);
      assert.ok(found, `the comment has ${pattern}:\n${comment}`);
      return found.index;
    };
    const destroys = at(/\*\*Will be destroyed\*\* \(dependants first: e2e-params\)/);
    at(/\| e2e-params-us-east-1 \| data \| planned \| 1 \|/);
    at(/This change destroys 1 resource\(s\)/);
    const cost = at(/#### Cost\n\nMonthly change \*\*\+\$36\.50\*\*/);
    const risk = at(/#### Risk\n\nScore \*\*\d+\*\*/);
    at(/e2e_params\["e2e-params \(destroy\)"\]:::destroyed/);
    assert.ok(destroys < cost && cost < risk, 'what goes, then cost, then risk');
    assert.equal(comment.match(/#### Cost/g)?.length, 1, 'one comment, one Cost section');
    writeExample(comment);
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

/** `STRATUM_UPDATE_EXAMPLES=1` writes the comment to docs/examples/pr-comment.md (the README links it). */
function writeExample(comment: string): void {
  if (process.env.STRATUM_UPDATE_EXAMPLES !== '1') return;
  const file = join(__dirname, '../../../../docs/examples/pr-comment.md');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, comment);
}
