import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, REPO_ROOT, World } from './world';

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
const READER = 'e2e-vpc-reader';
const NETWORK_FILES = ['stratum.yaml', 'src/index.ts', 'src/stack.ts'];

/** The shipped network project, and a platform-layer fixture that stores two of its outputs in SSM parameters. */
function files(): Record<string, string> {
  const network = Object.fromEntries(
    NETWORK_FILES.map((f) => [
      `shared-infra/network/${f}`,
      readFileSync(join(REPO_ROOT, 'shared-infra/network', f), 'utf8'),
    ]),
  );
  return {
    ...network,
    [`shared-infra/${READER}/stratum.yaml`]:
      'layer: platform\nowner: platform-team\ndescription: "e2e fixture: stores network outputs in SSM."\n',
    [`shared-infra/${READER}/src/stack.ts`]: `import { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';
import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { networkOutputs } from '@shared/network';

export default class VpcReaderStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const network = networkOutputs.read(this, ctx);
    new SsmParameter(this, 'cidr', { name: '/e2e/vpc-cidr', type: 'String', value: network.vpcCidr });
    new SsmParameter(this, 'vpc', { name: '/e2e/vpc-id', type: 'String', value: network.vpcId });
  }
}
`,
  };
}

const failures = (report: { stacks: { stack: string; status: string; error?: string }[] }) =>
  report.stacks
    .filter((s) => s.error)
    .map((s) => `${s.stack} ${s.status}: ${s.error}`)
    .join('\n');
const byProject = <T extends { project: string }>(stacks: T[]) => new Map(stacks.map((s) => [s.project, s]));

/**
 * Outputs as edges with the shipped network and a stack that reads it, on their own emulator and ledger, one step
 * after another: deploy; a forced re-apply of the network that changes no output leaves the reader unchanged; a
 * new `vpcCidr` re-applies the reader (its own JSON is unchanged) with the reason, and a forced plan of
 * everything afterwards shows no changes.
 */
describe('e2e: outputs as edges (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  before(async () => {
    world = await World.create('edges', { files: files() });
    // moto cannot replace a NAT gateway (its Elastic IP stays "already associated"), and a new CIDR replaces
    // the VPC with everything in it: run this environment without NAT gateways.
    world.write({ [LOCAL_YAML]: world.read(LOCAL_YAML).replace(/^(\s*natGateways:) .*$/m, '$1 0') });
    world.commit('local: no NAT gateways on the emulator');
  });
  after(async () => world?.close());

  test('deploy --all applies the network, then the reader with what the network published', async () => {
    const { code, json } = await world.cliJson<DeployReport>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.deepEqual(
      json.stacks.map((s) => [s.project, s.status]),
      [
        ['network', 'succeeded'],
        [READER, 'succeeded'],
      ],
    );
    assert.deepEqual(json.notes, []);
    assert.equal(await world.aws.parameter('/e2e/vpc-cidr'), '10.10.0.0/16');
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
    assert.deepEqual(
      forced.json.stacks.map((s) => [s.project, s.status, s.reasons]),
      [['network', 'succeeded', ['forced']]],
    );
    const { code, json } = await world.cliJson<DeployReport>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.deepEqual(
      json.stacks.map((s) => [s.project, s.status]),
      [
        ['network', 'unchanged'],
        [READER, 'unchanged'],
      ],
    );
  });

  test('a new vpcCidr re-applies the reader with the reason; a forced plan afterwards changes nothing', async () => {
    world.write({ [LOCAL_YAML]: world.read(LOCAL_YAML).replace(/^(\s*vpcCidr:) .*$/m, '$1 10.20.0.0/16') });
    world.commit('local: vpcCidr 10.20.0.0/16');

    const plan = await world.cliJson<PlanReport>('plan', '--env', 'local', '--all');
    assert.equal(plan.code, 0, failures(plan.json));
    const reader = byProject(plan.json.stacks).get(READER);
    assert.equal(reader?.status, 'planned', 'its JSON is unchanged, but the network changes what it reads');
    assert.ok(reader?.reasons?.includes('network.vpcCidr changes in this plan'), JSON.stringify(reader));
    assert.deepEqual(reader?.placeholders, ['network.vpcCidr', 'network.vpcId']);
    const markdown = await world.cli('plan', '--env', 'local', '--all', '--markdown');
    assert.match(markdown.stdout, /- `e2e-vpc-reader-us-east-1`: network\.vpcCidr changes in this plan/);
    assert.match(markdown.stdout, /\*\*Planned on placeholders\*\*/);

    const { code, json } = await world.cliJson<DeployReport>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    const deployed = byProject(json.stacks);
    assert.deepEqual(deployed.get('network')?.reasons, ['cdk.tf.json changed']);
    assert.equal(deployed.get(READER)?.status, 'succeeded');
    assert.deepEqual(deployed.get(READER)?.reasons, ['network.vpcCidr changed', 'network.vpcId changed']);
    assert.equal(await world.aws.parameter('/e2e/vpc-cidr'), '10.20.0.0/16');

    const after = await world.cliJson<PlanReport>('plan', '--env', 'local', '--all', '--force');
    assert.equal(after.code, 0, failures(after.json));
    assert.deepEqual(
      after.json.stacks.map((s) => [
        s.project,
        s.status,
        s.counts?.adds,
        s.counts?.changes,
        s.counts?.destroys,
      ]),
      [
        ['network', 'planned', 0, 0, 0],
        [READER, 'planned', 0, 0, 0],
      ],
      'nothing kept an old network value',
    );
    assert.deepEqual(
      after.json.stacks.filter((s) => s.placeholders).map((s) => s.stack),
      [],
    );
  });
});
