import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pollWithBackoff } from '@stratum/emulator';
import { AwsClient } from './aws';
import { e2eSkipReason, REPO_ROOT, World } from './world';

interface Report {
  runId: string;
  env: string;
  status: string;
  notes: string[];
  stacks: { project: string; stack: string; region: string; status: string; error?: string }[];
}

/** The alarm's name in the promotion target (each environment names its own: they share one emulator account). */
const ALARM = 'e2e-bake-e2e-prod';
const CLOUDWATCH = 'GraniteServiceVersion20100801';

/** A data project (one SSM parameter) and a monitoring project (one CloudWatch alarm), named per environment. */
const PROJECTS: Record<string, string> = {
  'shared-infra/e2e-data/stratum.yaml':
    'layer: data\nowner: platform-team\ndescription: "e2e fixture: one SSM parameter."\n',
  'shared-infra/e2e-data/src/stack.ts': `import { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';
import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';

export default class E2eDataStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    new SsmParameter(this, 'config', { name: \`/e2e/\${ctx.env.name}/config\`, type: 'String', value: 'v1' });
  }
}
`,
  'shared-infra/e2e-alarm/stratum.yaml':
    'layer: monitoring\nowner: platform-team\ndescription: "e2e fixture: one CloudWatch alarm."\n',
  'shared-infra/e2e-alarm/src/stack.ts': `import { CloudwatchMetricAlarm } from '@cdktn/provider-aws/lib/cloudwatch-metric-alarm';
import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';

export default class E2eAlarmStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    new CloudwatchMetricAlarm(this, 'health', {
      alarmName: \`e2e-bake-\${ctx.env.name}\`,
      namespace: 'E2E',
      metricName: 'Errors',
      statistic: 'Sum',
      period: 60,
      evaluationPeriods: 1,
      threshold: 1,
      comparisonOperator: 'GreaterThanThreshold',
    });
  }
}
`,
};

/** A two-region target promoted from local: same emulator, its own state, a long bake checked every second. */
function targetEnvironment(endpoint: string): string {
  return `name: e2e-prod
description: Two-region promotion target of the bake e2e test.
account: '123456789012'
regions: [us-east-1, eu-west-1]
endpoint: ${endpoint}
stateBackend:
  type: local
  directory: .stratum/state
promotion:
  from: local
  bakeSeconds: 300
  healthIntervalSeconds: 1
safety:
  forceDestroyBuckets: true
policy:
  profile: baseline
`;
}

/**
 * The bake between regions, for real: promote local → a two-region environment, set the region-1 alarm to ALARM
 * through the CloudWatch API while region 1 bakes, and the rollout halts: region 1 is rolled back, region 2 was
 * never touched, and the ledger's run error names the alarm.
 */
describe(
  'e2e: an alarm during the bake halts the rollout (real terraform, moto)',
  { skip: e2eSkipReason() },
  () => {
    let world: World;
    before(async () => {
      world = await World.create('bake', {
        files: {
          ...PROJECTS,
          // What deploys write (synth output, state, the ledger) stays out of git, so promote sees a clean tree.
          '.gitignore': readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8'),
          'tools/portal/platform-slos.yaml': readFileSync(
            join(REPO_ROOT, 'tools/portal/platform-slos.yaml'),
            'utf8',
          ),
        },
      });
      world.write({ 'environments/e2e-prod.yaml': targetEnvironment(world.endpoint) });
      world.commit('e2e: a two-region target promoted from local');
    });
    after(async () => world?.close());

    test('ALARM in us-east-1 during its bake: us-east-1 rolled back, eu-west-1 empty, the run error names the alarm', async () => {
      const deployed = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
      assert.equal(deployed.code, 0, JSON.stringify(deployed.json, null, 2));
      const drift = await world.cli('drift', '--env', 'local');
      assert.equal(drift.code, 0, drift.stdout + drift.stderr);

      const east = new AwsClient(world.endpoint, 'us-east-1');
      const west = new AwsClient(world.endpoint, 'eu-west-1');
      const alarms = async (client: AwsClient) =>
        (
          await client.call<{ MetricAlarms: { AlarmName: string }[] }>(
            'monitoring',
            `${CLOUDWATCH}.DescribeAlarms`,
            {},
          )
        ).MetricAlarms.map((a) => a.AlarmName);
      const parameters = async (client: AwsClient) =>
        (
          await client.call<{ Parameters?: { Name: string }[] }>(
            'ssm',
            'AmazonSSM.DescribeParameters',
            {},
            '1.1',
          )
        ).Parameters?.map((p) => p.Name) ?? [];

      const promote = world.start('promote', '--from', 'local', '--to', 'e2e-prod', '--json');
      let ended = false;
      void promote.done.then(() => (ended = true));
      assert.deepEqual(await alarms(east), ['e2e-bake-local']);
      // Region 1 is applied (or nearly: the bake's first check comes after it) once its alarm exists.
      const appeared = await pollWithBackoff(
        async () => ((await alarms(east)).includes(ALARM) ? true : ended ? false : undefined),
        { timeoutMs: 900_000, maxDelayMs: 500 },
      );
      if (!appeared) {
        promote.child.kill('SIGKILL');
        assert.fail(`the alarm never appeared in us-east-1:\n${(await promote.done).stderr}`);
      }
      assert.deepEqual(await parameters(west), [], 'eu-west-1 waits for the bake of us-east-1');
      await east.call('monitoring', `${CLOUDWATCH}.SetAlarmState`, {
        AlarmName: ALARM,
        StateValue: 'ALARM',
        StateReason: 'e2e: errors above threshold',
      });

      const result = await promote.done;
      assert.equal(result.code, 1, result.stdout + result.stderr);
      const report = JSON.parse(result.stdout) as Report;
      assert.equal(report.env, 'e2e-prod');
      assert.equal(report.status, 'rolled_back', JSON.stringify(report, null, 2));
      assert.deepEqual(
        report.stacks.map((s) => [s.stack, s.region, s.status]).sort(),
        [
          ['e2e-alarm-us-east-1', 'us-east-1', 'rolled_back'],
          ['e2e-data-us-east-1', 'us-east-1', 'rolled_back'],
        ],
        'only region 1 ran, and it was rolled back',
      );
      assert.ok(
        report.notes.some((n) =>
          n.includes(`CloudWatch alarm ${ALARM} (us-east-1): in state ALARM: e2e: errors above threshold`),
        ),
        report.notes.join('\n'),
      );
      assert.ok(report.notes.includes('not started: eu-west-1'), report.notes.join('\n'));

      assert.deepEqual(
        await alarms(east),
        ['e2e-bake-local'],
        "region 1: e2e-prod's stacks were new, so they were destroyed",
      );
      assert.deepEqual(
        await parameters(east),
        ['/e2e/local/config'],
        'and what local runs there is untouched',
      );
      assert.deepEqual(await alarms(west), [], 'region 2 is empty');
      assert.deepEqual(await parameters(west), [], 'region 2 is empty');

      const shown = await world.cliJson<{ status: string; error: string }>('runs', 'show', report.runId);
      assert.equal(shown.json.status, 'rolled_back');
      assert.match(
        shown.json.error,
        new RegExp(
          `^rollout halted: us-east-1 became unhealthy \\d+ s into its 300 s bake: CloudWatch alarm ${ALARM}`,
        ),
      );
    });
  },
);
