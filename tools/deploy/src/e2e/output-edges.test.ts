import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, World } from './world';

interface DeployReport {
  status: string;
  stacks: { project: string; stack: string; status: string; error?: string; reasons?: string[] }[];
  notes: string[];
}
interface PlanReport {
  stacks: {
    project: string;
    stack: string;
    status: string;
    error?: string;
    reasons?: string[];
    placeholders?: string[];
    counts?: { adds: number; changes: number; destroys: number };
  }[];
}

const LOCAL_YAML = 'environments/local.yaml';
const failures = (report: { stacks: { stack: string; status: string; error?: string }[] }) =>
  report.stacks
    .filter((s) => s.error)
    .map((s) => `${s.stack} ${s.status}: ${s.error}`)
    .join('\n');
const byProject = <T extends { project: string }>(stacks: T[]) => new Map(stacks.map((s) => [s.project, s]));

/**
 * Outputs as edges on the shipped example, on its own emulator and ledger, one step after another: a plan of
 * every stack on the fresh environment (placeholders for what is not applied); deploy; a forced re-apply of the
 * network that changes no output leaves its dependants unchanged; a new `vpcCidr` re-applies exactly the stacks
 * that read the network's outputs, and a forced plan of everything afterwards shows no changes.
 */
describe('e2e: outputs as edges (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  /** Projects that read an output of the network (directly), from the fresh plan's placeholders. */
  let networkReaders: string[] = [];
  before(async () => {
    world = await World.create('edges', { example: true });
    // moto cannot replace a NAT gateway in place (its Elastic IP stays "already associated"), and a new CIDR
    // replaces the VPC with everything in it: run this environment without NAT gateways.
    world.write({ [LOCAL_YAML]: world.read(LOCAL_YAML).replace(/^(\s*natGateways:) .*$/m, '$1 0') });
    world.commit('local: no NAT gateways on the emulator');
  });
  after(async () => world?.close());

  test('plan --all on a fresh environment plans every stack; unapplied upstream outputs are placeholders', async () => {
    const { code, json } = await world.cliJson<PlanReport>('plan', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.ok(json.stacks.length >= 10);
    assert.deepEqual(
      json.stacks.filter((s) => s.status !== 'planned').map((s) => s.stack),
      [],
    );
    const stacks = byProject(json.stacks);
    assert.equal(stacks.get('network')?.placeholders, undefined, 'the network reads no upstream');
    assert.ok((stacks.get('network')?.counts?.adds ?? 0) > 0);
    assert.ok(
      stacks.get('platform')?.placeholders?.includes('network.vpcId'),
      JSON.stringify(stacks.get('platform')),
    );
    networkReaders = json.stacks
      .filter((s) => s.placeholders?.some((p) => p.startsWith('network.')))
      .map((s) => s.project);
    assert.ok(networkReaders.length >= 2, `stacks reading the network: ${networkReaders.join(', ')}`);
  });

  test('deploy --all applies the real configuration (never the placeholder plan)', async () => {
    const { code, json } = await world.cliJson<DeployReport>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.deepEqual(
      json.stacks.filter((s) => s.status !== 'succeeded').map((s) => s.stack),
      [],
    );
    assert.deepEqual(json.notes, []);
  });

  test('re-applying the network with no output change does not cascade', async () => {
    const forced = await world.cliJson<DeployReport>(
      'deploy',
      '--env',
      'local',
      '--projects',
      'network',
      '--force',
    );
    assert.equal(forced.code, 0, failures(forced.json));
    assert.equal(byProject(forced.json.stacks).get('network')?.status, 'succeeded');
    const { code, json } = await world.cliJson<DeployReport>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.deepEqual(
      json.stacks.filter((s) => s.status !== 'unchanged').map((s) => `${s.stack}: ${s.reasons?.join('; ')}`),
      [],
    );
  });

  test('a new vpcCidr re-applies the stacks that read the network; a forced plan afterwards changes nothing', async () => {
    world.write({
      [LOCAL_YAML]: world.read(LOCAL_YAML).replace(/^(\s*vpcCidr:) .*$/m, '$1 10.20.0.0/16'),
    });
    world.commit('local: vpcCidr 10.20.0.0/16');
    const plan = await world.cliJson<PlanReport>('plan', '--env', 'local', '--all');
    assert.equal(plan.code, 0, failures(plan.json));
    const planned = byProject(plan.json.stacks);
    assert.equal(planned.get('network')?.status, 'planned');
    assert.ok(
      planned.get('platform')?.reasons?.some((r) => /^network\.vpcCidr changes in this plan$/.test(r)),
      JSON.stringify(planned.get('platform')),
    );

    const { code, json } = await world.cliJson<DeployReport>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    const deployed = byProject(json.stacks);
    assert.deepEqual(deployed.get('network')?.reasons, ['cdk.tf.json changed']);
    for (const reader of networkReaders) {
      const stack = deployed.get(reader);
      assert.equal(stack?.status, 'succeeded', `${reader} reads the network: ${JSON.stringify(stack)}`);
      assert.ok(
        stack?.reasons?.some((r) => /^network\.\w+ changed$/.test(r)),
        `${reader}: ${JSON.stringify(stack?.reasons)}`,
      );
    }
    assert.ok(
      deployed.get('platform')?.reasons?.includes('network.vpcCidr changed'),
      JSON.stringify(deployed.get('platform')),
    );

    const after = await world.cliJson<PlanReport>('plan', '--env', 'local', '--all', '--force');
    assert.equal(after.code, 0, failures(after.json));
    assert.deepEqual(
      after.json.stacks
        .filter((s) => s.status !== 'planned' || s.counts?.adds || s.counts?.changes || s.counts?.destroys)
        .map((s) => `${s.stack} ${s.status} ${JSON.stringify(s.counts)}`),
      [],
      'everything applied matches: no stack kept an old network value',
    );
    assert.deepEqual(
      after.json.stacks.filter((s) => s.placeholders).map((s) => s.stack),
      [],
    );
  });
});
