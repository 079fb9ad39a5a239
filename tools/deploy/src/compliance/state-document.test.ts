import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluatePolicy } from '@stratum/policy';
import { resourceIdOf, stateDocument, type ShownState } from './state-document';

/** A refresh-only plan's JSON as terraform 1.11 prints it: the refreshed state is `prior_state`. */
function shown(ingress: unknown[]): ShownState {
  return {
    prior_state: {
      values: {
        root_module: {
          resources: [
            {
              address: 'aws_security_group.alb',
              mode: 'managed',
              type: 'aws_security_group',
              name: 'alb',
              values: { id: 'sg-0abc', name: 'local-platform-alb', description: null, ingress, egress: [] },
            },
            {
              address: 'data.aws_caller_identity.me',
              mode: 'data',
              type: 'aws_caller_identity',
              name: 'me',
              values: { account_id: '123' },
            },
          ],
        },
      },
    },
  };
}

const SSH_FROM_ANYWHERE = {
  cidr_blocks: ['0.0.0.0/0'],
  description: '',
  from_port: 22,
  ipv6_cidr_blocks: [],
  prefix_list_ids: [],
  protocol: 'tcp',
  security_groups: [],
  self: false,
  to_port: 22,
};

test('the refreshed state becomes resource bodies, nulls dropped and data sources left out', () => {
  const doc = stateDocument(shown([]), 'platform (deployed state)', { metadata: {} });
  assert.deepEqual(Object.keys(doc.json.resource), ['aws_security_group']);
  assert.deepEqual(doc.json.resource['aws_security_group']!['alb'], {
    id: 'sg-0abc',
    name: 'local-platform-alb',
    ingress: [],
    egress: [],
  });
  assert.equal(resourceIdOf(doc, 'aws_security_group.alb'), 'sg-0abc');
  assert.equal(resourceIdOf(doc, 'aws_security_group.gone'), null);
});

test('the policy rules judge the state: SSH opened in the console is a finding on the group', () => {
  const clean = evaluatePolicy([stateDocument(shown([]), 'platform', undefined)]);
  assert.deepEqual(
    clean.violations.filter((f) => f.rule === 'STRAT-SG-001'),
    [],
  );
  const opened = evaluatePolicy([stateDocument(shown([SSH_FROM_ANYWHERE]), 'platform', undefined)]);
  const ssh = opened.violations.filter((f) => f.rule === 'STRAT-SG-001');
  assert.equal(ssh.length, 1);
  assert.equal(ssh[0]!.address, 'aws_security_group.alb');
  assert.equal(ssh[0]!.file, 'platform');
});
