// CloudWatchAlarmCheck against a real moto server (skipped without one; failed under STRATUM_REQUIRE_PREREQS=1).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort, startEmulator, stopEmulator } from '@stratum/emulator';
import { missing } from '@stratum/testing';
import { AwsClient } from '../e2e/aws';
import { MOTO as moto } from '../e2e/world';
import { alarmNamesOf, CloudWatchAlarmCheck } from './cloudwatch';

const skip = missing('moto_server', moto !== undefined, "pip install 'moto[server]==5.2.1'");

test('alarm names come from the synthesized JSON; names Terraform computes are left out', () => {
  const json = JSON.stringify({
    resource: {
      aws_cloudwatch_metric_alarm: { a: { alarm_name: 'orders-5xx' }, b: { alarm_name: '${var.x}-late' } },
      aws_cloudwatch_composite_alarm: { c: { alarm_name: 'orders-page' } },
      aws_sns_topic: { t: { name: 'not-an-alarm' } },
    },
  });
  assert.deepEqual(alarmNamesOf(json), ['orders-5xx', 'orders-page']);
  assert.deepEqual(alarmNamesOf('{}'), []);
});

describe('CloudWatchAlarmCheck on the emulator', { skip }, () => {
  const root = mkdtempSync(join(tmpdir(), 'stratum-cw-'));
  let endpoint = '';
  const env = () => ({ name: 'local', endpoint });

  before(async () => {
    endpoint = `http://127.0.0.1:${await freePort()}`;
    await startEmulator({ root, env: env(), motoServer: moto!.bin, processEnv: process.env });
  });
  after(async () => {
    await stopEmulator({ root, env: env() }).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  });

  test('healthy until one of its alarms is set to ALARM, in its own region only', async () => {
    const east = new AwsClient(endpoint, 'us-east-1');
    const west = new AwsClient(endpoint, 'eu-west-1');
    for (const [client, name] of [
      [east, 'orders-5xx'],
      [east, 'orders-latency'],
      [west, 'orders-5xx'],
      [east, 'someone-elses'],
    ] as const) {
      await client.call('monitoring', 'GraniteServiceVersion20100801.PutMetricAlarm', {
        AlarmName: name,
        Namespace: 'AWS/ApplicationELB',
        MetricName: 'HTTPCode_Target_5XX_Count',
        Statistic: 'Sum',
        Period: 60,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanThreshold',
      });
    }
    const setState = (client: AwsClient, name: string, state: string) =>
      client.call('monitoring', 'GraniteServiceVersion20100801.SetAlarmState', {
        AlarmName: name,
        StateValue: state,
        StateReason: `test set ${state}`,
      });
    const check = new CloudWatchAlarmCheck({
      region: 'us-east-1',
      alarmNames: ['orders-5xx', 'orders-latency', 'not-created-yet'],
      endpoint,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    assert.deepEqual(await check.check(), [], 'new alarms are INSUFFICIENT_DATA');
    await setState(west, 'orders-5xx', 'ALARM');
    await setState(east, 'someone-elses', 'ALARM');
    assert.deepEqual(await check.check(), [], 'another region and alarms of other stacks do not count');
    await setState(east, 'orders-latency', 'ALARM');
    assert.deepEqual(await check.check(), [
      {
        check: 'cloudwatch-alarms',
        subject: 'CloudWatch alarm orders-latency (us-east-1)',
        detail: 'in state ALARM: test set ALARM',
      },
    ]);
    await setState(east, 'orders-latency', 'OK');
    assert.deepEqual(await check.check(), []);
  });

  test('an endpoint that does not answer is an error, not health', async () => {
    const check = new CloudWatchAlarmCheck({
      region: 'us-east-1',
      alarmNames: ['x'],
      endpoint: `http://127.0.0.1:${await freePort()}`,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    await assert.rejects(check.check(), /fetch failed|ECONNREFUSED/);
  });
});
