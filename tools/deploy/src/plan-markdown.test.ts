import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planMarkdown } from './plan-markdown';
import type { PlanReport } from './plan';

const report: PlanReport = {
  env: 'dev',
  gitSha: '0123456789abcdef',
  order: ['network', 'payments-data'],
  edges: [['network', 'payments-data']],
  stacks: [
    {
      project: 'network',
      stack: 'network-us-east-1',
      region: 'us-east-1',
      layer: 'infrastructure',
      status: 'unchanged',
    },
    {
      project: 'payments-data',
      stack: 'payments-data-us-east-1',
      region: 'us-east-1',
      layer: 'data',
      status: 'planned',
      counts: { adds: 1, changes: 2, destroys: 1, replaced: ['aws_db_instance.db'] },
    },
  ],
  impact: {
    dependants: ['payments-app'],
    services: ['payments'],
    owners: ['payments-team', 'platform-team'],
  },
  refused: [],
};

test('renders counts, replacements, a destroy warning, impact and the deploy order as Mermaid', () => {
  const md = planMarkdown(report);
  assert.match(md, /\| payments-data-us-east-1 \| data \| planned \| 1 \| 2 \| 1 \| `aws_db_instance.db` \|/);
  assert.match(md, /⚠️ This change destroys 1 resource/);
  assert.match(md, /services payments; owners @payments-team, @platform-team; downstream payments-app/);
  assert.match(
    md,
    /```mermaid\ngraph LR\n {2}network\["network"\]\n {2}payments_data\["payments-data"\]\n {2}network --> payments_data\n```/,
  );
});

test('a refused change says so and lists the reasons', () => {
  const md = planMarkdown({ ...report, stacks: [], refused: ['x.json: aws_sg.a: STRAT-SG-001 | open'] });
  assert.match(md, /policy gate refused this change/);
  assert.match(md, /STRAT-SG-001 \\\| open/);
});
