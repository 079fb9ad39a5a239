import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findingsOf, type TfJson } from '../fixtures/harness';
import { sgAllPortsRule } from './sg-all-ports';
import { sgRdpRule } from './sg-rdp';
import { sgSshRule } from './sg-ssh';

const group = (ingress: unknown[]): TfJson => ({ resource: { aws_security_group: { web: { ingress } } } });
const tcp = (from: number, to: number, cidrs: string[], v6: string[] = []) => ({
  protocol: 'tcp',
  from_port: from,
  to_port: to,
  cidr_blocks: cidrs,
  ipv6_cidr_blocks: v6,
});

test('one permission whose blocks together cover every IPv4 address opens SSH', () => {
  const findings = findingsOf(sgSshRule, group([tcp(22, 22, ['0.0.0.0/1', '128.0.0.0/1'])]));
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.address, 'aws_security_group.web');
  assert.match(
    findings[0]!.message,
    /together, aws_security_group\.web ingress\[0\] allow SSH \(port 22\) from every IPv4 address \(0\.0\.0\.0\/1, 128\.0\.0\.0\/1\)/,
  );
});

test("a group's permissions are added up: halves in two blocks, or in a group and its rule resources", () => {
  assert.equal(
    findingsOf(sgSshRule, group([tcp(22, 22, ['0.0.0.0/1']), tcp(20, 30, ['128.0.0.0/1'])])).length,
    1,
  );
  const split: TfJson = {
    resource: {
      aws_security_group: { web: {} },
      aws_vpc_security_group_ingress_rule: {
        low: {
          security_group_id: '${aws_security_group.web.id}',
          ip_protocol: 'tcp',
          from_port: 3389,
          to_port: 3389,
          cidr_ipv6: '::/1',
        },
        high: {
          security_group_id: '${aws_security_group.web.id}',
          ip_protocol: 'tcp',
          from_port: 3389,
          to_port: 3389,
          cidr_ipv6: '8000::/1',
        },
      },
    },
  };
  const [finding, ...rest] = findingsOf(sgRdpRule, split);
  assert.deepEqual(rest, []);
  assert.equal(finding?.address, 'aws_security_group.web');
  assert.match(finding?.message ?? '', /from every IPv6 address/);
  assert.deepEqual([...(finding?.evidence ?? [])].sort(), [
    'aws_vpc_security_group_ingress_rule.high',
    'aws_vpc_security_group_ingress_rule.low',
  ]);
});

test('blocks that leave a gap, or ports that miss 22, stay closed; a /0 block is reported once, on itself', () => {
  assert.deepEqual(
    findingsOf(sgSshRule, group([tcp(22, 22, ['0.0.0.0/1']), tcp(22, 22, ['128.0.0.0/2'])])),
    [],
  );
  assert.deepEqual(
    findingsOf(sgSshRule, group([tcp(22, 22, ['0.0.0.0/1']), tcp(23, 30, ['128.0.0.0/1'])])),
    [],
  );
  const single = findingsOf(sgSshRule, group([tcp(22, 22, ['0.0.0.0/0']), tcp(22, 22, ['10.0.0.0/8'])]));
  assert.equal(single.length, 1);
  assert.match(single[0]!.message, /ingress\[0\] allows SSH/);
});

test('port ranges are added up: 1-1024 and 1025-65535 from anywhere open every TCP port', () => {
  const findings = findingsOf(
    sgAllPortsRule,
    group([tcp(1, 1024, ['0.0.0.0/0']), tcp(1025, 65535, ['0.0.0.0/0'])]),
  );
  assert.equal(findings.length, 1);
  assert.match(findings[0]!.message, /allow every TCP port from every IPv4 address/);
  assert.deepEqual(
    findingsOf(sgAllPortsRule, group([tcp(1, 1024, ['0.0.0.0/0']), tcp(1026, 65535, ['0.0.0.0/0'])])),
    [],
  );
  assert.equal(
    findingsOf(
      sgAllPortsRule,
      group([tcp(1, 1024, ['0.0.0.0/1', '128.0.0.0/1']), tcp(1025, 65535, ['0.0.0.0/0'])]),
    ).length,
    1,
    'ranges and blocks add up together',
  );
});
