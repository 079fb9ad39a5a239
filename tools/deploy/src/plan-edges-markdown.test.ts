import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PlanReport } from './plan';
import { planMarkdown } from './plan-markdown';

const row = {
  region: 'us-east-1',
  status: 'planned' as const,
  counts: { adds: 1, changes: 0, destroys: 0, replaced: [] },
};
const report: PlanReport = {
  env: 'local',
  gitSha: '0123456789abcdef',
  order: ['network', 'platform', 'orders-app'],
  edges: [],
  stacks: [
    {
      ...row,
      project: 'network',
      stack: 'network-us-east-1',
      layer: 'infrastructure',
      reasons: ['cdk.tf.json changed'],
    },
    {
      ...row,
      project: 'platform',
      stack: 'platform-us-east-1',
      layer: 'platform',
      reasons: ['network.vpcCidr changes in this plan'],
      placeholders: ['network.publicSubnetIds', 'network.vpcCidr'],
    },
    {
      ...row,
      project: 'orders-app',
      stack: 'orders-app-us-east-1',
      layer: 'application',
      reasons: ['platform.clusterArn changed'],
    },
  ],
  impact: { dependants: [], services: [], owners: [] },
  refused: [],
};

test('the PR comment says which stacks an upstream output change planned, and which plans used placeholders', () => {
  const md = planMarkdown(report);
  assert.match(
    md,
    /\*\*Planned because of upstream outputs\*\*\n\n- `platform-us-east-1`: network.vpcCidr changes in this plan\n- `orders-app-us-east-1`: platform.clusterArn changed\n/,
  );
  assert.doesNotMatch(md, /`network-us-east-1`: cdk.tf.json changed/, 'own changes need no line');
  assert.match(md, /\*\*Planned on placeholders\*\*.*never applied/);
  assert.match(md, /- `platform-us-east-1`: network.publicSubnetIds, network.vpcCidr\n/);
});

test('a plan without output edges has neither section', () => {
  const md = planMarkdown({ ...report, stacks: [report.stacks[0]!] });
  assert.doesNotMatch(md, /upstream outputs|placeholders/);
});
