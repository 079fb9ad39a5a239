import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EnvironmentSchema, type Environment } from '@stratum/config';
import { extraApprovalsFor } from './approvals';
import { riskMarkdown } from './markdown';
import { scoreChangeSet, type RiskInput } from './score';

function env(extra: Record<string, unknown> = {}): Environment {
  return EnvironmentSchema.parse({
    name: 'prod',
    account: '333333333333',
    regions: ['us-east-1'],
    stateBackend: { type: 'local' },
    ...extra,
  });
}

const quiet: RiskInput = {
  env: env(),
  layers: ['application'],
  destroyed: [],
  dependants: [],
  services: ['orders'],
  owners: ['orders-team'],
  monthlyCostDelta: 0,
  exceptions: [],
};

function points(input: RiskInput, term: string): number | undefined {
  return scoreChangeSet(input).terms.find((t) => t.term === term)?.points;
}

describe('scoreChangeSet', () => {
  it('scores an application change in a plain account low, with every term explained', () => {
    const risk = scoreChangeSet(quiet);
    assert.equal(risk.level, 'low');
    assert.deepEqual(
      risk.terms.map((t) => [t.term, t.points]),
      [
        ['layers', 5],
        ['blast-radius', 8],
        ['environment', 5],
      ],
    );
    assert.equal(risk.score, 18);
    assert.match(
      risk.terms[1]!.because,
      /0 dependant project\(s\), 1 service\(s\) \(orders\), 1 owner group\(s\)/,
    );
  });

  it('weighs infrastructure above application', () => {
    assert.ok(points({ ...quiet, layers: ['infrastructure'] }, 'layers')! > points(quiet, 'layers')!);
    assert.equal(points({ ...quiet, layers: ['application', 'infrastructure'] }, 'layers'), 25);
  });

  it('makes a stateful destroy or replacement the heaviest term, naming the resource', () => {
    const risk = scoreChangeSet({
      ...quiet,
      destroyed: [
        {
          stack: 'payments-data-us-east-1',
          address: 'aws_db_instance.db',
          type: 'aws_db_instance',
          replaced: true,
        },
        {
          stack: 'payments-data-us-east-1',
          address: 'aws_security_group.db',
          type: 'aws_security_group',
          replaced: false,
        },
      ],
    });
    const term = risk.terms.find((t) => t.term === 'stateful')!;
    assert.equal(term.points, 22);
    assert.match(term.because, /aws_db_instance\.db \(replaced\) in payments-data-us-east-1/);
    assert.match(term.because, /1 other resource/);
  });

  it('grows with blast radius up to a cap, with cost increases, and with policy exceptions', () => {
    const wide = { ...quiet, dependants: Array.from({ length: 40 }, (_, i) => `p${i}`) };
    assert.equal(points(wide, 'blast-radius'), 30);
    assert.equal(points({ ...quiet, monthlyCostDelta: 36.5 }, 'cost'), 5);
    assert.equal(points({ ...quiet, monthlyCostDelta: 10_000 }, 'cost'), 20);
    assert.equal(points({ ...quiet, monthlyCostDelta: -50 }, 'cost'), undefined, 'a saving adds no risk');
    assert.equal(
      points(
        { ...quiet, exceptions: [{ ruleId: 'STRAT-S3-002', address: 'aws_s3_bucket.logs' }] },
        'exceptions',
      ),
      5,
    );
  });

  it('takes the environment weight from the file, from promotion, or zero on the emulator', () => {
    assert.equal(points({ ...quiet, env: env({ promotion: { from: 'staging' } }) }, 'environment'), 20);
    assert.equal(points({ ...quiet, env: env({ endpoint: 'http://127.0.0.1:4566' }) }, 'environment'), 0);
    assert.equal(points({ ...quiet, env: env({ risk: { weight: 40 } }) }, 'environment'), 40);
  });

  it('is deterministic: the same input in another order gives the same score and words', () => {
    const a = scoreChangeSet({ ...quiet, services: ['b', 'a'], layers: ['data', 'application'] });
    const b = scoreChangeSet({ ...quiet, services: ['a', 'b'], layers: ['application', 'data'] });
    assert.deepEqual(a, b);
  });

  it('asks for extra approvals at or above the environment threshold', () => {
    const gated = env({ risk: { approvalThreshold: 18, extraApprovals: 2 } });
    const risk = scoreChangeSet({ ...quiet, env: gated });
    assert.equal(risk.score, 18);
    const extra = extraApprovalsFor(gated, risk);
    assert.equal(extra.extra, 2);
    assert.match(extra.because!, /risk score 18 reaches prod's risk.approvalThreshold 18/);
    assert.equal(extraApprovalsFor(env(), risk).extra, 0);
    assert.match(
      riskMarkdown(risk, extra.because).join('\n'),
      /\| environment \| 5 \| prod is a real account \|/,
    );
  });
});
