// Contract tests for destroys (issue 13): a torn-down stack ends `destroyed`, and its deployment record has no
// artifact, so the ledger no longer counts it as existing in the environment (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FixtureAccess, run } from './contract-support';

export function destroysContract(fixture: FixtureAccess): void {
  test('a destroyed stack: the event reads back as `destroyed` and the stack no longer exists in the environment', async () => {
    const { ledger } = fixture();
    const deployRun = await ledger.createRun({ env: 'destroys', ...run });
    const hash = await ledger.putArtifact('{"resource":{"aws_ssm_parameter":{"p":{}}}}');
    await ledger.recordDeployment({
      env: 'destroys',
      project: 'old',
      stack: 'old-us-east-1',
      runId: deployRun.id,
      artifactHash: hash,
    });
    await ledger.finishRun(deployRun.id, { status: 'succeeded' });

    const destroyRun = await ledger.createRun({ env: 'destroys', ...run });
    const ref = { project: 'old', stack: 'old-us-east-1', layer: 'data', region: 'us-east-1' };
    await ledger.recordStackEvent(destroyRun.id, { ...ref, status: 'planning' });
    await ledger.recordStackEvent(destroyRun.id, {
      ...ref,
      status: 'destroyed',
      terraformExitCode: 0,
      plan: { adds: 0, changes: 0, destroys: 1 },
      artifactHash: hash,
    });
    await ledger.recordDeployment({ ...ref, env: 'destroys', runId: destroyRun.id, artifactHash: null });
    await ledger.finishRun(destroyRun.id, { status: 'succeeded' });

    const detail = await ledger.getRun(destroyRun.id);
    assert.deepEqual(
      detail?.events.map((e) => [e.status, e.plan?.destroys ?? null]),
      [
        ['planning', null],
        ['destroyed', 1],
      ],
    );
    assert.equal((await ledger.lastDeployment('destroys', 'old-us-east-1'))?.artifactHash, null);
    assert.equal(
      (await ledger.deploymentBefore(destroyRun.id, 'destroys', 'old-us-east-1'))?.artifactHash,
      hash,
      'what the stack ran before the destroy stays recorded',
    );
    const history = await ledger.stackHistory('old', 'destroys');
    assert.equal(history[0]?.status, 'destroyed');
  });
}
