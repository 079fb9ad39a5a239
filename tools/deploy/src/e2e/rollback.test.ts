import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { stepProject } from './fixtures';
import { e2eSkipReason, World } from './world';

interface Report {
  runId: string;
  status: string;
  stacks: { project: string; stack: string; status: string; error?: string }[];
}

const NETWORK_STACK = 'shared-infra/network/src/stack.ts';

/** The network stack with its flow-log retention set (a change terraform applies in place, in a second). */
function withFlowLogRetention(source: string, days: number): string {
  const next = source.replace(
    /new Network\(this, 'network'(, \{[^}]*\})?\)/,
    `new Network(this, 'network', { flowLogRetentionDays: ${days} })`,
  );
  assert.notEqual(
    next,
    source,
    `${NETWORK_STACK} no longer creates \`new Network(this, 'network')\`; update this test`,
  );
  return next;
}

/**
 * An injected failure: one run changes the shipped network stack and adds a fixture stack that depends on it
 * and whose apply fails for real (a local-exec step exiting 1 after its SSM parameter was written). The run
 * ends rolled_back, and the AWS API shows every resource as it was before the run.
 */
describe('e2e: injected failure rolls back (real terraform, moto)', { skip: e2eSkipReason() }, () => {
  let world: World;
  before(async () => {
    world = await World.create('rollback', { example: true });
  });
  after(async () => world?.close());

  test('a stack failing mid-apply: the run ends rolled_back and every resource is back to its pre-run state', async () => {
    const first = await world.cliJson<Report>('deploy', '--env', 'local', '--projects', 'network');
    assert.equal(first.code, 0, JSON.stringify(first.json.stacks));

    world.write({
      [NETWORK_STACK]: withFlowLogRetention(world.read(NETWORK_STACK), 7),
      ...stepProject({
        folder: 'shared-infra/e2e-fault',
        layer: 'application',
        value: 'v1',
        command: 'echo injected failure >&2; exit 1',
        dependency: { importPath: '@shared/network', contract: 'networkOutputs', output: 'vpcId' },
      }),
    });
    world.commit('network: 7-day flow logs, and a stack whose apply fails');
    const snapshot = async () => ({
      resources: await world.aws.taggedResources(),
      logGroups: await world.aws.logGroupRetention(),
      parameter: await world.aws.parameter('/e2e/e2e-fault'),
    });
    const before = await snapshot();
    assert.ok(
      Object.keys(before.resources).some((arn) => arn.includes(':vpc/')),
      'the network is deployed',
    );
    assert.notDeepEqual(Object.values(before.logGroups), [7]);

    const { code, json } = await world.cliJson<Report>(
      'deploy',
      '--env',
      'local',
      '--projects',
      'network,e2e-fault',
    );
    assert.equal(code, 1);
    assert.equal(json.status, 'rolled_back', JSON.stringify(json.stacks, null, 2));
    assert.deepEqual(Object.fromEntries(json.stacks.map((s) => [s.project, s.status])), {
      network: 'rolled_back',
      'e2e-fault': 'rolled_back',
    });
    assert.match(
      json.stacks.find((s) => s.project === 'e2e-fault')!.error ?? '',
      /injected failure|local-exec/,
    );

    assert.deepEqual(
      await snapshot(),
      before,
      'tags, flow-log retention and the fixture parameter are as before the run',
    );
    const shown = await world.cliJson<{
      status: string;
      events: { stack: string; status: string; plan: { changes: number } | null }[];
    }>('runs', 'show', json.runId);
    assert.equal(shown.json.status, 'rolled_back');
    const network = shown.json.events.filter((e) => e.stack === 'network-us-east-1');
    assert.deepEqual(
      network.map((e) => e.status),
      ['pending', 'planning', 'applying', 'succeeded', 'rolling_back', 'rolled_back'],
    );
    assert.ok(
      (network.find((e) => e.status === 'applying')?.plan?.changes ?? 0) >= 1,
      'the run really changed the network before it was rolled back',
    );
  });
});
