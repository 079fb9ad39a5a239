// Contract tests for plan assessments (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FixtureAccess, isLedgerError } from './contract-support';

export function planAssessmentsContract(fixture: FixtureAccess): void {
  test('plan assessments: the newest of a commit in an environment wins; others stay apart', async () => {
    const { ledger } = fixture();
    const base = {
      env: 'assess-prod',
      actor: 'alice',
      riskLevel: 'medium',
      assessment: { terms: ['layers 10'] },
    };
    assert.equal(await ledger.latestPlanAssessment('assess-prod', 'sha-1'), undefined);
    await ledger.recordPlanAssessment({ ...base, gitSha: 'sha-1', monthlyDelta: 32.85, riskScore: 40 });
    await ledger.recordPlanAssessment({ ...base, gitSha: 'sha-2', monthlyDelta: -1.5, riskScore: 5 });
    const again = await ledger.recordPlanAssessment({
      ...base,
      gitSha: 'sha-1',
      monthlyDelta: 65.7,
      riskScore: 55,
      riskLevel: 'high',
    });
    await ledger.recordPlanAssessment({
      ...base,
      env: 'assess-dev',
      gitSha: 'sha-1',
      monthlyDelta: 0,
      riskScore: 1,
    });
    const latest = await ledger.latestPlanAssessment('assess-prod', 'sha-1');
    assert.deepEqual(latest, again);
    assert.equal(latest?.monthlyDelta, 65.7);
    assert.equal(latest?.riskScore, 55);
    assert.deepEqual(latest?.assessment, { terms: ['layers 10'] });
    assert.equal((await ledger.latestPlanAssessment('assess-prod', 'sha-2'))?.monthlyDelta, -1.5);
  });

  test('plan assessments refuse a score or cost that is not a number, naming the field', async () => {
    const { ledger } = fixture();
    const base = { env: 'assess-bad', gitSha: 'sha', actor: 'a', riskLevel: 'low', assessment: {} };
    await assert.rejects(
      ledger.recordPlanAssessment({ ...base, monthlyDelta: Number.NaN, riskScore: 1 }),
      isLedgerError('invalid', /monthlyDelta/),
    );
    await assert.rejects(
      ledger.recordPlanAssessment({ ...base, monthlyDelta: 1, riskScore: 1.5 }),
      isLedgerError('invalid', /riskScore/),
    );
  });
}
