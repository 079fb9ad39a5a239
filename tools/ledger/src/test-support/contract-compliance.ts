// Contract tests for compliance findings (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NewComplianceFinding } from '../compliance';
import { type FixtureAccess, run } from './contract-support';

const finding = (over: Partial<NewComplianceFinding>): NewComplianceFinding => ({
  project: 'payments-app',
  stack: 'payments-app-us-east-1',
  service: 'payments',
  owner: 'payments-team',
  rule: 'STRAT-SG-001',
  checkov: 'CKV_AWS_24',
  severity: 'high',
  resourceAddress: 'aws_security_group.web',
  resourceId: 'sg-0123',
  message: 'port 22 open to 0.0.0.0/0',
  ...over,
});

export function complianceContract(fixture: FixtureAccess): void {
  test('compliance findings are read back for the newest finished compliance run, by owner', async () => {
    const { ledger } = fixture();
    const older = await ledger.createRun({ env: 'comply', kind: 'compliance', ...run });
    await ledger.recordComplianceFindings(older.id, 'comply', [finding({ message: 'old' })]);
    await ledger.finishRun(older.id, { status: 'failed', error: '1 finding' });
    const newer = await ledger.createRun({ env: 'comply', kind: 'compliance', ...run });
    const count = await ledger.recordComplianceFindings(newer.id, 'comply', [
      finding({ owner: 'platform-team', project: 'network', stack: 'network-us-east-1', service: null }),
      finding({}),
      finding({ rule: 'STRAT-SG-002', resourceId: null }),
    ]);
    assert.equal(count, 3);
    const running = await ledger.listComplianceFindings({ env: 'comply' });
    assert.equal(running.runId, older.id, 'a run still running is not the newest result');
    await ledger.finishRun(newer.id, { status: 'failed', error: '3 findings' });

    const latest = await ledger.listComplianceFindings({ env: 'comply' });
    assert.equal(latest.runId, newer.id);
    assert.deepEqual(
      latest.findings.map((f) => [f.owner, f.rule, f.resourceId, f.service]),
      [
        ['payments-team', 'STRAT-SG-001', 'sg-0123', 'payments'],
        ['payments-team', 'STRAT-SG-002', null, 'payments'],
        ['platform-team', 'STRAT-SG-001', 'sg-0123', null],
      ],
    );
    assert.match(latest.findings[0]!.foundAt, /^\d{4}-\d{2}-\d{2}T/);
    const mine = await ledger.listComplianceFindings({ env: 'comply', owner: 'platform-team' });
    assert.deepEqual(
      mine.findings.map((f) => f.project),
      ['network'],
    );
    assert.deepEqual(
      (await ledger.listComplianceFindings({ env: 'comply', runId: older.id })).findings.map(
        (f) => f.message,
      ),
      ['old'],
    );
    assert.deepEqual(await ledger.listComplianceFindings({ env: 'elsewhere' }), {
      runId: null,
      findings: [],
    });
  });
}
