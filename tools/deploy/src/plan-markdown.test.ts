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

test('renders the Cost and Risk sections, a cost refusal and the extra approvals a risky change needs', () => {
  const md = planMarkdown({
    ...report,
    assessment: {
      cost: {
        priceSheet: { file: 'prices.csv', asOf: '2026-11-01', region: 'us-east-1' },
        monthlyBefore: 10,
        monthlyAfter: 46.5,
        monthlyDelta: 36.5,
        byStack: [{ name: 'network-us-east-1', monthlyDelta: 36.5, unpricedCount: 1 }],
        byService: [],
        byOwner: [{ name: 'platform-team', monthlyDelta: 36.5, unpricedCount: 1 }],
        unpriced: [
          {
            stack: 'network-us-east-1',
            address: 'aws_instance.bastion',
            type: 'aws_instance',
            reason: 'aws_instance is not in the price sheet prices.csv',
          },
        ],
        usageBased: ['aws_s3_bucket'],
      },
      risk: {
        score: 62,
        level: 'high',
        terms: [{ term: 'layers', points: 25, because: 'touches infrastructure' }],
      },
      extraApprovals: {
        extra: 1,
        because: "risk score 62 reaches dev's risk.approvalThreshold 60: 1 more approval(s) needed",
      },
      costRefused: "the change adds $36.50 a month, over dev's policy.maxMonthlyCostIncrease of $10.00",
    },
  });
  assert.match(
    md,
    /#### Cost\n\nMonthly change \*\*\+\$36\.50\*\* \(\$10\.00 → \$46\.50 a month\), from the price sheet of 2026-11-01/,
  );
  assert.match(md, /\| owner \| @platform-team \| \+\$36\.50 \|/);
  assert.match(md, /- `aws_instance\.bastion` in network-us-east-1: aws_instance is not in the price sheet/);
  assert.match(md, /Usage-based charges not estimated: `aws_s3_bucket`/);
  assert.match(md, /❌ Refused: the change adds \$36\.50 a month/);
  assert.match(md, /#### Risk\n\nScore \*\*62\*\* \(high\)/);
  assert.match(md, /\| layers \| 25 \| touches infrastructure \|/);
  assert.match(md, /> risk score 62 reaches dev's risk\.approvalThreshold 60: 1 more approval\(s\) needed\./);
});

test('deleted projects: counts, a "will be destroyed" section with what is lost, and dashed destroy nodes in Mermaid', () => {
  const md = planMarkdown({
    ...report,
    destroys: {
      order: ['pay-app', 'pay-data'],
      edges: [['pay-app', 'pay-data']],
      stacks: [
        {
          project: 'pay-app',
          stack: 'pay-app-us-east-1',
          region: 'us-east-1',
          layer: 'application',
          status: 'planned',
          counts: { adds: 0, changes: 0, destroys: 3, replaced: [] },
        },
        {
          project: 'pay-data',
          stack: 'pay-data-us-east-1',
          region: 'us-east-1',
          layer: 'data',
          status: 'planned',
          counts: { adds: 0, changes: 0, destroys: 2, replaced: [] },
        },
      ],
      lost: ['pay-data-us-east-1: destroying aws_db_instance.db loses the database and its data.'],
      refused: [],
    },
  });
  assert.match(md, /\*\*Will be destroyed\*\* \(dependants first: pay-app → pay-data\)/);
  assert.match(md, /\| pay-app-us-east-1 \| application \| planned \| 3 \|/);
  assert.match(md, /> ⚠️ pay-data-us-east-1: destroying aws_db_instance.db loses the database/);
  assert.match(md, /A destroy is not rolled back/);
  assert.match(md, /⚠️ This change destroys 6 resource/, 'one from the deploy, five from the destroys');
  assert.match(md, / {2}pay_app\["pay-app \(destroy\)"\]:::destroyed\n/);
  assert.match(md, / {2}pay_app -\.->\|destroyed first\| pay_data\n/);
  assert.match(md, /classDef destroyed/);
});

test('a change that only deletes projects still renders the destroy section', () => {
  const md = planMarkdown({
    ...report,
    order: [],
    edges: [],
    stacks: [],
    destroys: {
      order: ['gone'],
      edges: [],
      stacks: [
        { project: 'gone', stack: 'gone-us-east-1', region: 'us-east-1', layer: 'data', status: 'planned' },
      ],
      lost: [],
      refused: [],
    },
  });
  assert.doesNotMatch(md, /No stack is affected/);
  assert.match(md, /\| gone-us-east-1 \| data \| planned \| {2}\|/);
});
