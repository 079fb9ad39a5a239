import assert from 'node:assert/strict';
import { test } from 'node:test';
import { placeholderConfig } from './placeholder-plan';

const stack = {
  data: {
    terraform_remote_state: {
      'remote-state-network': { backend: 'local', config: { path: 'a/us-east-1/network.tfstate' } },
      'remote-state-security-baseline': {
        backend: 'local',
        config: { path: 'a/us-east-1/security-baseline.tfstate' },
      },
    },
  },
  resource: {
    aws_security_group: {
      sg: { vpc_id: '${data.terraform_remote_state.remote-state-network.outputs.vpc_id}' },
    },
  },
};

test('the named remote states are read at apply time; everything else is the stack as synthesized', () => {
  const out = JSON.parse(placeholderConfig(JSON.stringify(stack), ['remote-state-network'])) as typeof stack;
  const network = out.data.terraform_remote_state['remote-state-network'];
  assert.deepEqual(network.config, { path: '${timestamp()}' });
  assert.equal(network.backend, 'local');
  assert.deepEqual(
    out.data.terraform_remote_state['remote-state-security-baseline'],
    stack.data.terraform_remote_state['remote-state-security-baseline'],
  );
  assert.deepEqual(out.resource, stack.resource);
});

test('deferring a data source the stack does not have is an error naming it', () => {
  assert.throws(
    () => placeholderConfig(JSON.stringify(stack), ['remote-state-nope']),
    /terraform_remote_state "remote-state-nope"/,
  );
});
