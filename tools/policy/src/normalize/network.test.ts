import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Unknown } from '../eval/value';
import { isAnywhere, normalizeProtocol, reachesAllPorts, reachesPort, type Ingress } from './network';

const ingress = (protocol: unknown, fromPort?: number, toPort?: number): Ingress =>
  ({
    node: undefined as never,
    where: '',
    group: { key: 'sg' },
    protocol: normalizeProtocol(protocol as never),
    fromPort,
    toPort,
    sources: [],
  }) as Ingress;

describe('network normalisation', () => {
  test('protocol spellings', () => {
    for (const spelling of ['-1', -1, 'all', 'ALL', ' All '])
      assert.equal(normalizeProtocol(spelling as never), 'all');
    for (const spelling of ['tcp', 'TCP', '6', 6]) assert.equal(normalizeProtocol(spelling as never), 'tcp');
    for (const spelling of ['udp', '17']) assert.equal(normalizeProtocol(spelling), 'udp');
    assert.equal(normalizeProtocol('1'), 'icmp');
    assert.equal(normalizeProtocol('58'), 'icmpv6');
    assert.equal(normalizeProtocol('50'), '50');
    assert.ok(normalizeProtocol(undefined) instanceof Unknown);
  });

  test('"anywhere" in IPv4 and IPv6 spellings', () => {
    for (const cidr of ['0.0.0.0/0', ' 0.0.0.0/0 ', '::/0', '0::0/0', '0:0:0:0:0:0:0:0/0'])
      assert.equal(isAnywhere(cidr), true, cidr);
    for (const cidr of ['10.0.0.0/8', '0.0.0.0/1', '::/1', 'fd00::/8'])
      assert.equal(isAnywhere(cidr), false, cidr);
    assert.ok(isAnywhere(new Unknown('var.cidr', 'variable')) instanceof Unknown);
    assert.equal(
      isAnywhere(
        new Unknown('x', 'r', { kind: 'template', parts: ['10.', new Unknown('var.o', 'v'), '.0.0/16'] }),
      ),
      false,
    );
  });

  test('port ranges that cover a port, per protocol', () => {
    assert.equal(reachesPort(ingress('tcp', 0, 65535), 22, ['tcp']), true);
    assert.equal(reachesPort(ingress('tcp', 20, 23), 22, ['tcp']), true);
    assert.equal(reachesPort(ingress('tcp', 23, 25), 22, ['tcp']), false);
    assert.equal(reachesPort(ingress('-1', 0, 0), 22, ['tcp']), true);
    assert.equal(reachesPort(ingress('udp', 22, 22), 22, ['tcp']), false);
    assert.equal(reachesPort(ingress('icmp', -1, -1), 22, ['tcp']), false);
    assert.equal(reachesPort(ingress('tcp'), 22, ['tcp']), true, 'no ports on TCP means every port');
    assert.equal(reachesAllPorts(ingress('tcp', 0, 65535)), true);
    assert.equal(reachesAllPorts(ingress('tcp', 1024, 65535)), false);
  });
});
