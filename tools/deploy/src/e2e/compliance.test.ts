import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ec2Client } from './ec2';
import { e2eSkipReason, World } from './world';

interface ComplianceJson {
  runId: string;
  findings: {
    project: string;
    stack: string;
    owner: string;
    service: string | null;
    rule: string;
    resourceAddress: string;
    resourceId: string | null;
    message: string;
  }[];
  stacks: { stack: string; status: string; error?: string }[];
}

const ALB_GROUP = 'local-platform-alb';

/**
 * Continuous compliance on the emulator: the network, security baseline and platform deployed, then SSH opened to the world
 * on the platform's load balancer group through the EC2 API (a console edit). The code still passes the gate;
 * `stratum compliance` judges the deployed state and catches it.
 */
describe('e2e: compliance of the deployed state (terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  before(async () => {
    world = await World.create('compliance', { example: true });
    const deployed = await world.cliJson<{ status: string; stacks: { stack: string; error?: string }[] }>(
      'deploy',
      '--env',
      'local',
      '--projects',
      'network,security-baseline,platform',
    );
    const errors = deployed.json.stacks.filter((s) => s.error).map((s) => `${s.stack}: ${s.error}`);
    assert.equal(deployed.json.status, 'succeeded', `${deployed.stderr}\n${errors.join('\n')}`);
  });
  after(async () => world?.close());

  test('what was deployed from the code is compliant', async () => {
    const { code, json, stderr } = await world.cliJson<ComplianceJson>(
      'compliance',
      '--env',
      'local',
      '--projects',
      'network,security-baseline,platform',
    );
    assert.deepEqual(json.findings, [], stderr);
    assert.deepEqual(
      json.stacks.map((s) => [s.stack, s.status]).sort(),
      [
        ['network-us-east-1', 'checked'],
        ['platform-us-east-1', 'checked'],
        ['security-baseline-us-east-1', 'checked'],
      ],
    );
    assert.equal(code, 0);
  });

  test('SSH opened to 0.0.0.0/0 through the API is caught, naming the group and its owner', async () => {
    const ec2 = new Ec2Client(world.endpoint);
    const groupId = await ec2.securityGroupId(ALB_GROUP);
    assert.ok(groupId, `no security group ${ALB_GROUP} on the emulator`);
    await ec2.authorizeIngress(groupId, 22, '0.0.0.0/0');

    const { code, json } = await world.cliJson<ComplianceJson>('compliance', '--env', 'local');
    assert.equal(code, 1);
    const ssh = json.findings.filter((f) => f.rule === 'STRAT-SG-001');
    assert.equal(ssh.length, 1, JSON.stringify(json.findings, null, 2));
    assert.equal(ssh[0]!.resourceId, groupId);
    assert.equal(ssh[0]!.project, 'platform');
    assert.equal(ssh[0]!.owner, 'platform-team');
    assert.match(ssh[0]!.resourceAddress, /^aws_security_group\.platform_alb-sg/);
    assert.match(ssh[0]!.message, /SSH \(port 22\) from anywhere/);

    const runs = await world.cliJson<{ runs: { id: string; kind: string; status: string }[] }>(
      'runs',
      '--env',
      'local',
    );
    assert.equal(runs.json.runs.find((r) => r.id === json.runId)?.status, 'failed');
    assert.equal(runs.json.runs.find((r) => r.id === json.runId)?.kind, 'compliance');
  });
});
