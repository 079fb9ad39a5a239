import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, type TfJson } from '../fixtures/harness';
import { openPortFixtures } from './fixtures/security-groups';
import { sgSshRule } from './sg-ssh';

describeRule(sgSshRule, openPortFixtures(22, 443), () => {
  test('reports the resource address, the block and CKV_AWS_24', () => {
    const [finding] = findingsOf(
      sgSshRule,
      openPortFixtures(22, 443).fail['inline ingress tcp 22 from 0.0.0.0/0'] as TfJson,
    );
    assert.equal(finding?.address, 'aws_security_group.web');
    assert.equal(finding?.checkov, 'CKV_AWS_24');
    assert.match(finding?.message ?? '', /ingress\[0\] allows SSH \(port 22\) from anywhere/);
  });

  test('a rule resource names the security group it opens', () => {
    const json = openPortFixtures(22, 443).fail['aws_security_group_rule of type ingress'] as TfJson;
    const [finding] = findingsOf(sgSshRule, json);
    assert.equal(finding?.address, 'aws_security_group_rule.in');
    assert.match(
      finding?.message ?? '',
      /^aws_security_group_rule\.in \(on aws_security_group\.web\) allows SSH/,
    );
  });

  test('UDP 22 is not SSH', () => {
    const json = {
      resource: {
        aws_security_group: {
          web: { ingress: [{ protocol: 'udp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }] },
        },
      },
    };
    assert.deepEqual(findingsOf(sgSshRule, json), []);
  });
});

test('STRAT-SG-001 expands dynamic ingress blocks whose for_each is known, and is unknown when it is not', () => {
  const sg = (forEach: unknown) => ({
    variable: { ports: { default: [22, 443] }, later: {} },
    resource: {
      aws_security_group: {
        web: {
          dynamic: {
            ingress: {
              for_each: forEach,
              iterator: 'port',
              content: {
                protocol: 'tcp',
                from_port: '${port.value}',
                to_port: '${port.value}',
                cidr_blocks: ['0.0.0.0/0'],
              },
            },
          },
        },
      },
    },
  });
  const known = findingsOf(sgSshRule, sg('${var.ports}'));
  assert.deepEqual(
    known.map((f) => f.status),
    ['fail'],
  );
  const unknown = findingsOf(sgSshRule, sg('${var.later}'));
  assert.deepEqual(
    unknown.map((f) => f.status),
    ['unknown'],
  );
  assert.match(unknown[0]?.message ?? '', /dynamic "ingress" blocks depend on it/);
});
