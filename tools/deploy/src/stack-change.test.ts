import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DeploymentEdges } from '@stratum/ledger';
import { outputDigest, type UpstreamRead } from './output-edges';
import { decideChange, publishedFrom, type Published } from './stack-change';

const HASH = 'a'.repeat(64);
const read = (name: string): UpstreamRead => ({
  dataSource: 'remote-state-network',
  upstreamProject: 'network',
  upstreamStack: 'network-us-east-1',
  name,
});
const reads = [read('vpc_cidr'), read('vpc_id')];
const d = outputDigest;

function deployed(edges: DeploymentEdges['edges'], artifactHash: string | null = HASH): DeploymentEdges {
  return {
    deployment: {
      id: 1,
      env: 'local',
      project: 'platform',
      stack: 'platform-us-east-1',
      runId: 'r',
      artifactHash,
      deployedAt: '',
    },
    edges,
  };
}
const network =
  (outputs: Record<string, string>): (() => Published) =>
  () => ({ kind: 'known', outputs });
/** The platform last deployed reading vpc_cidr 10.0/16 and vpc_id vpc-1. */
const readThen = deployed({
  outputs: {},
  inputs: [
    { upstreamStack: 'network-us-east-1', name: 'vpc_cidr', digest: d('10.0.0.0/16') },
    { upstreamStack: 'network-us-east-1', name: 'vpc_id', digest: d('vpc-1') },
  ],
});

test('unchanged: same JSON, and every output it reads has the digest it read', () => {
  const decision = decideChange({
    hash: HASH,
    last: readThen,
    reads,
    // the network re-applied and added an output nobody here reads: no cascade
    upstream: network({ vpc_cidr: d('10.0.0.0/16'), vpc_id: d('vpc-1'), flow_log_arn: d('arn') }),
  });
  assert.deepEqual(decision, {
    changed: false,
    reasons: [],
    placeholders: [],
    inputs: [
      { upstreamStack: 'network-us-east-1', name: 'vpc_cidr', digest: d('10.0.0.0/16') },
      { upstreamStack: 'network-us-east-1', name: 'vpc_id', digest: d('vpc-1') },
    ],
  });
});

test('same JSON but a consumed output changed: planned, the reason names project and contract key', () => {
  const decision = decideChange({
    hash: HASH,
    last: readThen,
    reads,
    upstream: network({ vpc_cidr: d('10.20.0.0/16'), vpc_id: d('vpc-1') }),
  });
  assert.equal(decision.changed, true);
  assert.deepEqual(decision.reasons, ['network.vpcCidr changed']);
  assert.equal(decision.inputs[0]?.digest, d('10.20.0.0/16'), 'records what it reads now');
});

test('an output it read is gone, or the upstream was destroyed: planned, and the read is a placeholder', () => {
  const gone = decideChange({ hash: HASH, last: readThen, reads, upstream: network({ vpc_id: d('vpc-1') }) });
  assert.deepEqual(gone.reasons, ['network.vpcCidr no longer published']);
  assert.deepEqual(gone.placeholders, ['network.vpcCidr']);
  const destroyed = decideChange({ hash: HASH, last: readThen, reads, upstream: () => ({ kind: 'absent' }) });
  assert.deepEqual(destroyed.placeholders, ['network.vpcCidr', 'network.vpcId']);
  assert.deepEqual(
    destroyed.inputs.map((i) => i.digest),
    [null, null],
  );
});

test('own JSON changed, first deployment, destroyed, forced: planned with that reason', () => {
  const upstream = network({ vpc_cidr: d('10.0.0.0/16'), vpc_id: d('vpc-1') });
  const reasons = (input: Partial<Parameters<typeof decideChange>[0]>) =>
    decideChange({ hash: HASH, last: readThen, reads, upstream, ...input }).reasons;
  assert.deepEqual(reasons({ hash: 'b'.repeat(64) }), ['cdk.tf.json changed']);
  assert.deepEqual(reasons({ last: undefined }), ['not deployed in this environment']);
  assert.deepEqual(reasons({ last: deployed({ outputs: {}, inputs: [] }, null) }), [
    'not deployed in this environment',
  ]);
  assert.deepEqual(reasons({ force: true }), ['forced']);
});

test('fresh environment: nothing applied, every read is a placeholder', () => {
  const decision = decideChange({ hash: HASH, last: undefined, reads, upstream: () => ({ kind: 'absent' }) });
  assert.equal(decision.changed, true);
  assert.deepEqual(decision.placeholders, ['network.vpcCidr', 'network.vpcId']);
});

test('deployments from before digests: the consumer re-plans once, an unknown upstream does not cascade', () => {
  const upstream = network({ vpc_cidr: d('10.0.0.0/16'), vpc_id: d('vpc-1') });
  const legacyConsumer = decideChange({ hash: HASH, last: deployed(null), reads, upstream });
  assert.equal(legacyConsumer.changed, true);
  assert.match(legacyConsumer.reasons[0]!, /no record of the upstream outputs it read/);
  const legacyUpstream = decideChange({
    hash: HASH,
    last: readThen,
    reads,
    upstream: () => ({ kind: 'unknown' }),
  });
  assert.equal(legacyUpstream.changed, false);
  assert.deepEqual(legacyUpstream.placeholders, [], 'a deployed upstream is not a placeholder');
  assert.equal(
    decideChange({ hash: HASH, last: deployed(null), reads: [], upstream }).changed,
    false,
    'reads nothing',
  );
});

test('a stack reading the whole outputs object changes with any of them', () => {
  const all = [read('*')];
  const outputs = { vpc_id: d('vpc-1') };
  const last = deployed({
    outputs: {},
    inputs: [{ upstreamStack: 'network-us-east-1', name: '*', digest: d(outputs) }],
  });
  assert.equal(decideChange({ hash: HASH, last, reads: all, upstream: network(outputs) }).changed, false);
  assert.deepEqual(
    decideChange({ hash: HASH, last, reads: all, upstream: network({ ...outputs, more: d(1) }) }).reasons,
    ['network.* changed'],
  );
});

test('what an upstream publishes, from its latest deployment', () => {
  assert.deepEqual(publishedFrom(undefined), { kind: 'absent' });
  assert.deepEqual(publishedFrom(deployed({ outputs: {}, inputs: [] }, null)), { kind: 'absent' });
  assert.deepEqual(publishedFrom(deployed(null)), { kind: 'unknown' });
  assert.deepEqual(publishedFrom(deployed({ outputs: { a: d(1) }, inputs: [] })), {
    kind: 'known',
    outputs: { a: d(1) },
  });
});
