import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { canonicalJson, consumedOutputs, outputDigest, publishedDigests, readLabel } from './output-edges';

test('canonical JSON sorts keys at every depth and has no whitespace', () => {
  assert.equal(
    canonicalJson({ b: [3, { z: 1, a: 'x' }], a: null, c: { y: true, x: 1.5 } }),
    '{"a":null,"b":[3,{"a":"x","z":1}],"c":{"x":1.5,"y":true}}',
  );
  assert.equal(canonicalJson('10.0.0.0/16'), '"10.0.0.0/16"');
  assert.equal(canonicalJson([]), '[]');
  assert.equal(canonicalJson({ a: undefined, b: 1 }), '{"b":1}');
});

test('a digest is the sha256 of the canonical JSON, the same for equal values in any key order', () => {
  const expected = createHash('sha256').update('{"a":1,"b":[1,2]}').digest('hex');
  assert.equal(outputDigest({ b: [1, 2], a: 1 }), expected);
  assert.equal(outputDigest({ a: 1, b: [1, 2] }), expected);
  assert.notEqual(outputDigest({ a: 1, b: [2, 1] }), expected, 'list order is part of the value');
  assert.notEqual(outputDigest('1'), outputDigest(1), 'types are part of the value');
});

test('published digests come from `terraform output -json`, digesting only the value', () => {
  const text = JSON.stringify({
    vpc_id: { sensitive: false, type: 'string', value: 'vpc-123' },
    subnets: { sensitive: false, type: ['tuple', ['string']], value: ['a', 'b'] },
  });
  assert.deepEqual(publishedDigests(text), {
    vpc_id: outputDigest('vpc-123'),
    subnets: outputDigest(['a', 'b']),
  });
  assert.deepEqual(publishedDigests('{}'), {});
});

/** A consumer as the constructs synthesize it: remote state data sources and references to their outputs. */
const consumer = JSON.stringify({
  data: {
    terraform_remote_state: {
      'remote-state-network': {
        backend: 'local',
        config: { path: '../../../../../../.stratum/state/local/us-east-1/network.tfstate' },
      },
      'remote-state-security-baseline': {
        backend: 's3',
        config: { bucket: 'b', key: 'stratum/prod/eu-west-1/security-baseline.tfstate', region: 'eu-west-1' },
      },
      'remote-state-unused': { backend: 'local', config: { path: 'x/us-east-1/unused.tfstate' } },
    },
    aws_caller_identity: { me: { provider: 'aws' } },
  },
  resource: {
    aws_security_group: {
      sg: {
        vpc_id: '${data.terraform_remote_state.remote-state-network.outputs.vpc_id}',
        ingress: [{ cidr_blocks: ['${data.terraform_remote_state.remote-state-network.outputs.vpc_cidr}'] }],
      },
    },
    aws_lb: {
      alb: {
        subnets: '${data.terraform_remote_state.remote-state-network.outputs.public_subnet_ids}',
        name: '${element(data.terraform_remote_state.remote-state-network.outputs.public_subnet_ids, 0)}',
      },
    },
    aws_iam_role: {
      r: {
        permissions_boundary:
          '${data.terraform_remote_state.remote-state-security-baseline.outputs["boundary_arn"]}',
      },
    },
  },
  output: { everything: { value: '${data.terraform_remote_state.remote-state-network.outputs}' } },
});

test('consumed outputs: every reference outside the data sources, resolved to the upstream stack by its state location', () => {
  const reads = consumedOutputs(consumer, 'us-east-1');
  assert.deepEqual(
    reads.map((r) => [r.upstreamStack, r.name, r.dataSource]),
    [
      ['network-us-east-1', '*', 'remote-state-network'],
      ['network-us-east-1', 'public_subnet_ids', 'remote-state-network'],
      ['network-us-east-1', 'vpc_cidr', 'remote-state-network'],
      ['network-us-east-1', 'vpc_id', 'remote-state-network'],
      ['security-baseline-eu-west-1', 'boundary_arn', 'remote-state-security-baseline'],
    ],
  );
  assert.deepEqual(reads.map(readLabel), [
    'network.*',
    'network.publicSubnetIds',
    'network.vpcCidr',
    'network.vpcId',
    'security-baseline.boundaryArn',
  ]);
});

test('a stack without remote state reads nothing; an unknown data source name is not an upstream', () => {
  assert.deepEqual(consumedOutputs(JSON.stringify({ resource: { a: { b: { c: 'x' } } } }), 'us-east-1'), []);
  const stray = JSON.stringify({
    data: { terraform_remote_state: { 'remote-state-net': { backend: 'local', config: {} } } },
    resource: {
      a: {
        b: {
          c: '${data.terraform_remote_state.other.outputs.x}',
          d: '${data.terraform_remote_state.remote-state-net.outputs.y}',
        },
      },
    },
  });
  assert.deepEqual(
    consumedOutputs(stray, 'eu-west-1').map((r) => [r.upstreamStack, r.name]),
    [['net-eu-west-1', 'y']],
    'without a state location the data source name and the stack region name the upstream',
  );
});
