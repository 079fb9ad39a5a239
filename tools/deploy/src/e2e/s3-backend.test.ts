import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { paramsProject, stepProject } from './fixtures';
import { e2eSkipReason, stateBucketOf, World } from './world';

interface Report {
  runId: string;
  status: string;
  notes: string[];
  stacks: { project: string; stack: string; status: string; error?: string }[];
}

interface PlanJson {
  stacks: {
    project: string;
    stack: string;
    status: string;
    error?: string;
    counts?: { adds: number; changes: number; destroys: number; replaced: string[] };
  }[];
}

interface DriftJson {
  drifted: boolean;
  stacks: {
    project: string;
    status: string;
    findings: { address: string; attribute: string; expected: string; actual: string }[];
  }[];
}

const ENV = 'e2e-s3';

function fixtures(value: string): Record<string, string> {
  return {
    ...paramsProject({ value }),
    ...stepProject({ folder: 'shared-infra/e2e-step', layer: 'application', value, command: 'true' }),
  };
}

/**
 * The S3 backend on the emulator, as staging and prod use it: state and S3 lockfiles in a bucket, remote state read
 * from it. Deploy, `stratum plan` with real terraform (counts, a replaced resource, Markdown), drift found through
 * the AWS API, and a rollback that puts every value back.
 */
describe('e2e: the S3 backend (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  before(async () => {
    world = await World.create('s3', { files: fixtures('v1'), s3Environment: { name: ENV } });
  });
  after(async () => world?.close());

  const stateObject = async (key: string): Promise<number> =>
    (await world.aws.s3Object(stateBucketOf(ENV), key)).status;

  test('deploy, plan, drift and rollback with state in S3', async () => {
    const first = await world.cliJson<Report>('deploy', '--env', ENV, '--all');
    assert.equal(first.code, 0, `${first.stderr}\n${JSON.stringify(first.json.stacks)}`);
    assert.deepEqual(
      first.json.stacks.map((s) => [s.project, s.status]),
      [
        ['e2e-params', 'succeeded'],
        ['e2e-step', 'succeeded'],
      ],
    );
    assert.equal(
      await stateObject(`stratum/${ENV}/us-east-1/e2e-params.tfstate`),
      200,
      'state is in the bucket',
    );
    assert.equal(await stateObject(`stratum/${ENV}/us-east-1/e2e-step.tfstate`), 200);
    assert.equal(
      await stateObject(`stratum/${ENV}/us-east-1/e2e-step.tfstate.tflock`),
      404,
      'terraform released its S3 lockfile',
    );

    // Plan with real terraform: an in-place change, and a replacement (terraform_data triggers_replace).
    world.write(fixtures('v2'));
    world.commit('e2e: v2');
    const plan = await world.cliJson<PlanJson>('plan', '--env', ENV, '--all');
    assert.equal(plan.code, 0, `${plan.stderr}\n${JSON.stringify(plan.json)}`);
    const byProject = new Map(plan.json.stacks.map((s) => [s.project, s]));
    assert.deepEqual(countsOf(byProject.get('e2e-params')?.counts), {
      adds: 0,
      changes: 1,
      destroys: 0,
      replaced: [],
    });
    const step = byProject.get('e2e-step');
    assert.equal(step?.status, 'planned', step?.error);
    assert.deepEqual(countsOf(step?.counts), {
      adds: 1,
      changes: 1,
      destroys: 1,
      replaced: ['terraform_data.step'],
    });
    const markdown = await world.cli('plan', '--env', ENV, '--all', '--markdown');
    assert.equal(markdown.code, 0, markdown.stderr);
    assert.match(markdown.stdout, /\| e2e-params-us-east-1 \| data \| planned \| 0 \| 1 \| 0 \| {2}\|/);
    assert.match(
      markdown.stdout,
      /\| e2e-step-us-east-1 \| application \| planned \| 1 \| 1 \| 1 \| `terraform_data\.step` \|/,
    );
    assert.match(markdown.stdout, /> ⚠️ This change destroys 1 resource\(s\)\./);
    assert.match(
      markdown.stdout,
      /```mermaid\ngraph LR\n {2}e2e_params\["e2e-params"\]\n {2}e2e_step\["e2e-step"\]\n {2}e2e_params --> e2e_step/,
    );

    const second = await world.cliJson<Report>('deploy', '--env', ENV, '--all');
    assert.equal(second.code, 0, second.stderr);
    assert.equal(await world.aws.parameter('/e2e/config'), 'v2');

    // Drift: a value changed through the AWS API is found, named by resource and attribute.
    await world.aws.putParameter('/e2e/config', 'changed-by-hand');
    const drift = await world.cliJson<DriftJson>('drift', '--env', ENV);
    assert.equal(drift.code, 3, drift.stderr);
    const params = drift.json.stacks.find((s) => s.project === 'e2e-params');
    assert.equal(params?.status, 'drifted');
    assert.ok(
      params?.findings.some((f) => f.address === 'aws_ssm_parameter.config' && f.attribute === 'value'),
      JSON.stringify(params?.findings),
    );
    assert.equal(drift.json.stacks.find((s) => s.project === 'e2e-step')?.status, 'clean');

    // Rollback of the v2 run: every stack back to its v1 artifact, state read from and written to S3.
    const rollback = await world.cliJson<Report>('rollback', '--env', ENV, '--run', second.json.runId);
    assert.equal(rollback.code, 0, `${rollback.stderr}\n${JSON.stringify(rollback.json, null, 2)}`);
    assert.equal(rollback.json.status, 'rolled_back');
    assert.equal(await world.aws.parameter('/e2e/config'), 'v1');
    assert.equal(await world.aws.parameter('/e2e/e2e-step'), 'v1');
    const clean = await world.cliJson<DriftJson>('drift', '--env', ENV);
    assert.equal(clean.code, 0, JSON.stringify(clean.json.stacks));
  });
});

/** The counts a reviewer reads (the plan also lists changed outputs, checked by the output-edges tests). */
function countsOf(
  counts: { adds: number; changes: number; destroys: number; replaced: string[] } | undefined,
) {
  return (
    counts && {
      adds: counts.adds,
      changes: counts.changes,
      destroys: counts.destroys,
      replaced: counts.replaced,
    }
  );
}
