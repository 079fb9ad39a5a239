import { describeRule, r, stack } from '../fixtures/harness';
import { sgAllPortsRule } from './sg-all-ports';

const sg = (fields: Record<string, unknown>) =>
  stack(r('aws_security_group', 'web', { ingress: [{ cidr_blocks: ['0.0.0.0/0'], ...fields }] }));

describeRule(sgAllPortsRule, {
  fail: {
    'protocol "-1"': sg({ protocol: '-1', from_port: 0, to_port: 0 }),
    'protocol -1 as a number': sg({ protocol: -1, from_port: 0, to_port: 0 }),
    'protocol "ALL"': sg({ protocol: 'ALL', from_port: 0, to_port: 0 }),
    'tcp 0-65535': sg({ protocol: 'tcp', from_port: 0, to_port: 65535 }),
    'udp 1-65535': sg({ protocol: 'udp', from_port: 1, to_port: 65535 }),
    'IPv6 anywhere written long-hand': stack(
      r('aws_security_group', 'web', {
        ingress: [{ protocol: '-1', from_port: 0, to_port: 0, ipv6_cidr_blocks: ['0:0:0:0:0:0:0:0/0'] }],
      }),
    ),
    aws_security_group_rule: stack(
      r('aws_security_group_rule', 'all', {
        type: 'ingress',
        protocol: 'all',
        from_port: 0,
        to_port: 0,
        cidr_blocks: ['0.0.0.0/0'],
      }),
    ),
    'aws_vpc_security_group_ingress_rule without ports': stack(
      r('aws_vpc_security_group_ingress_rule', 'all', { ip_protocol: '-1', cidr_ipv4: '0.0.0.0/0' }),
    ),
    aws_default_security_group: stack(
      r('aws_default_security_group', 'd', {
        ingress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
      }),
    ),
  },
  pass: {
    'one port': sg({ protocol: 'tcp', from_port: 443, to_port: 443 }),
    'a wide range that is not all': sg({ protocol: 'tcp', from_port: 1024, to_port: 65535 }),
    'all ports from the VPC only': stack(
      r('aws_security_group', 'web', {
        ingress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/16'] }],
      }),
    ),
    'all ports from itself': stack(
      r('aws_security_group', 'web', { ingress: [{ protocol: '-1', from_port: 0, to_port: 0, self: true }] }),
    ),
  },
  unknown: {
    'protocol from a variable': {
      ...sg({ protocol: '${var.protocol}', from_port: 0, to_port: 65535 }),
      variable: { protocol: {} },
    },
  },
});
