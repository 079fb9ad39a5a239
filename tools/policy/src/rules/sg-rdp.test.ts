import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf } from '../fixtures/harness';
import { openPortFixtures } from './fixtures/security-groups';
import { sgRdpRule } from './sg-rdp';

describeRule(sgRdpRule, openPortFixtures(3389, 22), () => {
  test('RDP over UDP 3389 counts too (RDP uses both)', () => {
    const json = {
      resource: {
        aws_security_group: {
          web: { ingress: [{ protocol: '17', from_port: 3389, to_port: 3389, cidr_blocks: ['0.0.0.0/0'] }] },
        },
      },
    };
    const [finding] = findingsOf(sgRdpRule, json);
    assert.equal(finding?.checkov, 'CKV_AWS_25');
  });
});
