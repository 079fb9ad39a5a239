import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError } from '@stratum/config';
import { albRequestIndicator } from '@stratum/constructs';
import { resourcesOf, synthStack, testContext } from '@stratum/constructs/src/testing';
import { ServiceSloAlarms } from './service-slo-alarms';

const TOPIC = 'arn:aws:sns:eu-west-1:123456789012:alarms';
const ORDERS_SLO = readFileSync(join(__dirname, '../../../../services/orders/slo.yaml'), 'utf8');
const indicators = {
  'orders-api-good-requests': albRequestIndicator({
    loadBalancerArnSuffix: 'app/lb/1',
    targetGroupArnSuffix: 'tg/1',
  }),
};
const root = mkdtempSync(join(tmpdir(), 'stratum-service-slo-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Writes `services/orders/slo.yaml` under a fresh workspace and returns its absolute path. */
function sloFile(text: string): string {
  const dir = mkdtempSync(join(root, 'ws-'));
  mkdirSync(join(dir, 'services/orders'), { recursive: true });
  const file = join(dir, 'services/orders/slo.yaml');
  writeFileSync(file, text);
  return file;
}

const ordersMonitoring = testContext({
  name: 'orders-monitoring',
  root: 'services/orders/monitoring',
  layer: 'monitoring',
  owner: 'orders-team',
  service: 'orders',
});

describe('ServiceSloAlarms', () => {
  test("builds the burn-rate alarms of each SLO in the service's slo.yaml", () => {
    const file = sloFile(ORDERS_SLO);
    let names: string[] = [];
    const stack = synthStack(ordersMonitoring, (s) => {
      names = new ServiceSloAlarms(s, 'slo', { file, alarmTopicArn: TOPIC, indicators }).alarmNames;
    });
    const alarms = Object.values(resourcesOf(stack, 'aws_cloudwatch_metric_alarm'));
    // the workbook's four conditions, a long and a short window each
    assert.equal(alarms.length, 8);
    assert.equal(names.length, 4);
    assert.ok(
      names.every((n) => n.includes('orders-api-availability')),
      names.join(', '),
    );
  });

  test('an SLO naming another service is a ConfigError naming the file, spec.service and both services', () => {
    const file = sloFile(ORDERS_SLO.replace('service: orders', 'service: payments'));
    assert.throws(
      () =>
        synthStack(
          ordersMonitoring,
          (s) => new ServiceSloAlarms(s, 'slo', { file, alarmTopicArn: TOPIC, indicators }),
        ),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.equal(error.file, 'services/orders/slo.yaml');
        assert.equal(error.path, 'spec.service');
        assert.match(error.message, /orders-api-availability.*got "payments".*service "orders"/);
        return true;
      },
    );
  });

  test('a project outside services/ is refused with what to use instead', () => {
    const file = sloFile(ORDERS_SLO);
    const shared = testContext({
      name: 'observability',
      root: 'shared-infra/observability',
      layer: 'monitoring',
    });
    assert.throws(
      () =>
        synthStack(shared, (s) => new ServiceSloAlarms(s, 'slo', { file, alarmTopicArn: TOPIC, indicators })),
      /shared-infra\/observability: .*"observability" is not in a service.*SloAlarms/,
    );
  });

  test('an SLI without CloudWatch metrics is named', () => {
    const file = sloFile(ORDERS_SLO);
    assert.throws(
      () =>
        synthStack(
          ordersMonitoring,
          (s) => new ServiceSloAlarms(s, 'slo', { file, alarmTopicArn: TOPIC, indicators: {} }),
        ),
      /SLI "orders-api-good-requests", which has no CloudWatch metrics/,
    );
  });
});
