// Contract tests for output edges: what a deployment published and read (see contract.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashArtifact } from '../artifacts';
import { type FixtureAccess, isLedgerError, run } from './contract-support';

const digest = (value: unknown): string => hashArtifact(JSON.stringify(value));

export function outputEdgesContract(fixture: FixtureAccess): void {
  test('a deployment records the digests it published and read, in one record', async () => {
    const { ledger } = fixture();
    const env = 'edges';
    const r1 = await ledger.createRun({ env, ...run });
    const network = await ledger.putArtifact('{"network":"edges"}');
    await ledger.recordDeployment({
      env,
      project: 'network',
      stack: 'network-us-east-1',
      runId: r1.id,
      artifactHash: network,
      edges: { outputs: { vpc_id: digest('vpc-1'), vpc_cidr: digest('10.0.0.0/16') }, inputs: [] },
    });
    const app = await ledger.putArtifact('{"app":"edges"}');
    await ledger.recordDeployment({
      env,
      project: 'app',
      stack: 'app-us-east-1',
      runId: r1.id,
      artifactHash: app,
      edges: {
        outputs: {},
        inputs: [
          { upstreamStack: 'network-us-east-1', name: 'vpc_id', digest: digest('vpc-1') },
          { upstreamStack: 'network-us-east-1', name: 'private_subnet_ids', digest: null },
        ],
      },
    });

    const published = await ledger.lastDeploymentEdges(env, 'network-us-east-1');
    assert.equal(published?.deployment.artifactHash, network);
    assert.deepEqual(published?.edges, {
      outputs: { vpc_cidr: digest('10.0.0.0/16'), vpc_id: digest('vpc-1') },
      inputs: [],
    });
    const read = await ledger.lastDeploymentEdges(env, 'app-us-east-1');
    assert.deepEqual(read?.edges?.outputs, {});
    assert.deepEqual(read?.edges?.inputs, [
      { upstreamStack: 'network-us-east-1', name: 'private_subnet_ids', digest: null },
      { upstreamStack: 'network-us-east-1', name: 'vpc_id', digest: digest('vpc-1') },
    ]);
    assert.equal(await ledger.lastDeploymentEdges(env, 'never-deployed'), undefined);
    assert.equal(await ledger.lastDeploymentEdges('other-env', 'app-us-east-1'), undefined);
  });

  test('the latest deployment answers; one without edges says they are unknown, not empty', async () => {
    const { ledger } = fixture();
    const env = 'edges-latest';
    const r1 = await ledger.createRun({ env, ...run });
    const a1 = await ledger.putArtifact('{"v":"edges"}');
    const base = { env, project: 'network', stack: 'network-us-east-1', runId: r1.id, artifactHash: a1 };
    await ledger.recordDeployment({ ...base, edges: { outputs: { vpc_id: digest('a') }, inputs: [] } });
    await ledger.recordDeployment({ ...base, edges: { outputs: { vpc_id: digest('b') }, inputs: [] } });
    assert.deepEqual((await ledger.lastDeploymentEdges(env, base.stack))?.edges?.outputs, {
      vpc_id: digest('b'),
    });
    await ledger.recordDeployment(base);
    const legacy = await ledger.lastDeploymentEdges(env, base.stack);
    assert.equal(legacy?.deployment.artifactHash, a1);
    assert.equal(legacy?.edges, null);
    await ledger.recordDeployment({ ...base, artifactHash: null, edges: { outputs: {}, inputs: [] } });
    const destroyed = await ledger.lastDeploymentEdges(env, base.stack);
    assert.equal(destroyed?.deployment.artifactHash, null);
    assert.deepEqual(destroyed?.edges, { outputs: {}, inputs: [] });
  });

  test('bad digests are refused before anything is written, naming the stack and output', async () => {
    const { ledger } = fixture();
    const env = 'edges-bad';
    const r1 = await ledger.createRun({ env, ...run });
    const base = { env, project: 'network', stack: 'network-us-east-1', runId: r1.id, artifactHash: null };
    await assert.rejects(
      ledger.recordDeployment({ ...base, edges: { outputs: { vpc_id: 'not-a-digest' }, inputs: [] } }),
      isLedgerError('invalid', /network-us-east-1 .*output vpc_id .*"not-a-digest".*sha256/),
    );
    await assert.rejects(
      ledger.recordDeployment({
        ...base,
        edges: { outputs: {}, inputs: [{ upstreamStack: 'n', name: 'x', digest: 'XYZ' }] },
      }),
      isLedgerError('invalid', /input n\.x/),
    );
    assert.equal(await ledger.lastDeploymentEdges(env, base.stack), undefined);
  });

  test('a stack event keeps the reason it was planned for', async () => {
    const { ledger } = fixture();
    const created = await ledger.createRun({ env: 'edges-reason', ...run });
    await ledger.recordStackEvent(created.id, {
      project: 'platform',
      stack: 'platform-us-east-1',
      layer: 'platform',
      status: 'planning',
      reason: 'network.vpcCidr changed',
    });
    await ledger.recordStackEvent(created.id, {
      project: 'platform',
      stack: 'platform-us-east-1',
      layer: 'platform',
      status: 'succeeded',
    });
    const detail = await ledger.getRun(created.id);
    assert.deepEqual(
      detail?.events.map((e) => [e.status, e.reason]),
      [
        ['planning', 'network.vpcCidr changed'],
        ['succeeded', null],
      ],
    );
    const history = await ledger.stackHistory('platform', 'edges-reason');
    assert.equal(history.find((e) => e.status === 'planning')?.reason, 'network.vpcCidr changed');
  });
}
