import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EnvironmentSchema, type Layer } from '@stratum/config';
import type { UnitOutcome } from '@stratum/orchestrator';
import type { Workspace } from '@stratum/workspace';
import type { StackArtifact } from '../stacks';
import { CloudWatchAlarmCheck } from './cloudwatch';
import { PrometheusBurnCheck } from './prometheus';
import { regionHealthChecks } from './region-health';

const env = (extra: object = {}) =>
  EnvironmentSchema.parse({
    name: 'prod',
    account: '123456789012',
    regions: ['us-east-1', 'eu-west-1'],
    stateBackend: { type: 'local' },
    promotion: { from: 'staging', bakeSeconds: 60 },
    ...extra,
  });

const PROJECTS: [string, Layer, string | undefined][] = [
  ['orders-app', 'application', 'orders'],
  ['orders-monitoring', 'monitoring', 'orders'],
  ['network', 'infrastructure', undefined],
];

const workspace = {
  projects: new Map(
    PROJECTS.map(([name, layer, service]) => [name, { name, layer, ...(service ? { service } : {}) }]),
  ),
} as unknown as Workspace;

function artifact(project: string, layer: Layer, region: string, alarms: string[]): StackArtifact {
  const resource = {
    aws_cloudwatch_metric_alarm: Object.fromEntries(alarms.map((a) => [a, { alarm_name: a }])),
  };
  return {
    unitId: `${project}@${region}`,
    project,
    stack: `${project}-${region}`,
    region,
    layer,
    dir: '/nowhere',
    projectRoot: project,
    hash: 'h',
    json: JSON.stringify(alarms.length ? { resource } : {}),
  };
}

const artifacts = new Map(
  [
    artifact('orders-monitoring', 'monitoring', 'us-east-1', ['orders-5xx-use1']),
    artifact('orders-monitoring', 'monitoring', 'eu-west-1', ['orders-5xx-euw1']),
    artifact('orders-app', 'application', 'us-east-1', ['not-a-monitoring-stack']),
    artifact('network', 'infrastructure', 'us-east-1', []),
  ].map((a) => [a.unitId, a]),
);

const outcome = (project: string, status: UnitOutcome['status']): UnitOutcome =>
  ({
    unit: { id: `${project}@us-east-1`, project, region: 'us-east-1', layer: 'application', dependsOn: [] },
    status,
  }) as UnitOutcome;

test("a region's checks: its monitoring stacks' alarms, and burn-rate alerts of the services it changed", () => {
  const applied = {
    region: 'us-east-1',
    runId: 'r',
    units: [
      outcome('orders-app', 'succeeded'),
      outcome('network', 'succeeded'),
      outcome('orders-monitoring', 'unchanged'),
    ],
    artifacts,
  };
  const credentials = { accessKeyId: 'a', secretAccessKey: 'b' };
  const plain = regionHealthChecks(applied, { env: env(), workspace, credentials });
  assert.deepEqual(
    plain.map((c) => [c.constructor, c.description]),
    [[CloudWatchAlarmCheck, '1 CloudWatch alarm(s) in us-east-1']],
  );

  const withPrometheus = regionHealthChecks(applied, {
    env: env({ promotion: { from: 'staging', prometheusUrl: 'http://127.0.0.1:9090' } }),
    workspace,
    credentials,
  });
  assert.deepEqual(
    withPrometheus.map((c) => c.description),
    ['1 CloudWatch alarm(s) in us-east-1', 'burn-rate alerts of orders in Prometheus'],
  );

  const unchanged = { ...applied, units: [outcome('orders-app', 'unchanged')] };
  assert.deepEqual(
    regionHealthChecks(unchanged, {
      env: env({ promotion: { from: 'staging', prometheusUrl: 'http://127.0.0.1:9090' } }),
      workspace,
      credentials,
    }).map((c) => c instanceof PrometheusBurnCheck),
    [false],
    'no service changed: no Prometheus check',
  );
  assert.deepEqual(
    regionHealthChecks(applied, { env: env(), workspace }),
    [],
    'real AWS without credentials: promote refuses before this',
  );
});
