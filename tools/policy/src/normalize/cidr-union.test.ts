import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cidrInterval, coversAnywhere } from './cidr-union';

test('a CIDR block is the interval of its addresses, host bits masked off', () => {
  assert.deepEqual(cidrInterval('10.0.0.0/8'), { family: 4, interval: [0x0a000000n, 0x0affffffn] });
  assert.deepEqual(cidrInterval('10.1.2.3/8'), { family: 4, interval: [0x0a000000n, 0x0affffffn] });
  assert.deepEqual(cidrInterval('0.1.0.0/0'), { family: 4, interval: [0n, 0xffffffffn] });
  assert.deepEqual(cidrInterval('2001:db8::/32'), {
    family: 6,
    interval: [0x20010db8n << 96n, (0x20010db8n << 96n) + (1n << 96n) - 1n],
  });
  for (const bad of ['10.0.0.0', '10.0.0.256/8', '10.0.0.0/33', '::1::2/64', 'sg-0123', '2001:db8::/129'])
    assert.equal(cidrInterval(bad), undefined, bad);
});

test('blocks that tile the address space together cover anywhere, IPv4 and IPv6 apart', () => {
  assert.deepEqual(coversAnywhere(['0.0.0.0/1', '128.0.0.0/1']), { ipv4: true, ipv6: false });
  assert.deepEqual(coversAnywhere(['0.0.0.0/2', '64.0.0.0/2', '128.0.0.0/1']), { ipv4: true, ipv6: false });
  assert.deepEqual(coversAnywhere(['0.0.0.0/1', '128.0.0.0/2']), { ipv4: false, ipv6: false });
  assert.deepEqual(coversAnywhere(['::/1', '8000::/1']), { ipv4: false, ipv6: true });
  assert.deepEqual(coversAnywhere(['0.0.0.0/0', '::/0']), { ipv4: true, ipv6: true });
  assert.deepEqual(coversAnywhere(['10.0.0.0/8', '192.168.0.0/16']), { ipv4: false, ipv6: false });
  assert.deepEqual(coversAnywhere([]), { ipv4: false, ipv6: false });
});
