// Contract tests for approvals, break-glass runs and dirty-tree digests (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FixtureAccess, isLedgerError, run } from './contract-support';

const SIGNATURE = '-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n';

export function approvalsContract(fixture: FixtureAccess): void {
  test('a break-glass run keeps its reason, actor and sha; a dirty deploy its tree digest', async () => {
    const { ledger } = fixture();
    const glass = await ledger.createRun({
      env: 'glass',
      ...run,
      actor: 'ada',
      breakGlassReason: 'hotfix for the payments outage',
    });
    const dirty = await ledger.createRun({
      env: 'glass-local',
      ...run,
      gitSha: 'abc123+dirty',
      treeDigest: 'f'.repeat(64),
    });
    const plain = await ledger.createRun({ env: 'glass', ...run });
    const stored = await ledger.getRun(glass.id);
    assert.deepEqual(
      [stored?.breakGlassReason, stored?.actor, stored?.gitSha, stored?.treeDigest],
      ['hotfix for the payments outage', 'ada', 'abc123', null],
    );
    assert.equal((await ledger.getRun(dirty.id))?.treeDigest, 'f'.repeat(64));
    assert.equal((await ledger.getRun(plain.id))?.breakGlassReason, null);
    assert.deepEqual(
      (await ledger.listBreakGlassRuns({ env: 'glass' })).map((r) => r.id),
      [glass.id],
    );
    assert.deepEqual(await ledger.listBreakGlassRuns({ env: 'glass-local' }), []);
    const listed = (await ledger.listRuns({ env: 'glass' })).runs.find((r) => r.id === glass.id);
    assert.equal(listed?.breakGlassReason, 'hotfix for the payments outage');
  });

  test('approvals are stored as signed and listed by environment, sha and run', async () => {
    const { ledger } = fixture();
    const signedAt = new Date('2026-03-01T10:00:00.123Z');
    const first = await ledger.recordApproval({
      env: 'appr',
      gitSha: 'sha1',
      approver: 'ada',
      signature: SIGNATURE,
      signedAt,
    });
    assert.equal(first.signedAt, signedAt.toISOString());
    assert.equal(first.runId, null);
    await ledger.recordApproval({
      env: 'appr',
      gitSha: 'sha2',
      approver: 'bob',
      signature: SIGNATURE,
      signedAt,
    });
    const glass = await ledger.createRun({ env: 'appr', ...run, breakGlassReason: 'restore the queue now' });
    await ledger.recordApproval({
      env: 'appr',
      gitSha: run.gitSha,
      runId: glass.id,
      approver: 'grace',
      signature: SIGNATURE,
      signedAt,
    });
    assert.deepEqual(
      (await ledger.listApprovals({ env: 'appr', gitSha: 'sha1' })).map((a) => [a.approver, a.signature]),
      [['ada', SIGNATURE]],
    );
    assert.deepEqual(
      (await ledger.listApprovals({ env: 'appr', runId: null })).map((a) => a.approver),
      ['ada', 'bob'],
    );
    assert.deepEqual(
      (await ledger.listApprovals({ runId: glass.id })).map((a) => a.approver),
      ['grace'],
    );
    await assert.rejects(
      ledger.recordApproval({ env: 'appr', gitSha: 'sha1', approver: 'eve', signature: 'ada', signedAt }),
      isLedgerError('invalid', /no armored SSH signature; sign it with `stratum approve`/),
    );
  });
}
