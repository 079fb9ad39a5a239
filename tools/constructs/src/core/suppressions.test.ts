import { S3Bucket } from '@cdktn/provider-aws/lib/s3-bucket';
import { SecurityGroup } from '@cdktn/provider-aws/lib/security-group';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Construct } from '../cdktn';
import type { StratumStack } from './base-stack';
import { synthStack, testContext } from '../testing';
import { POLICY_SUPPRESSIONS_KEY, suppressPolicy } from './suppressions';

const ctx = testContext({ name: 'edge', layer: 'infrastructure', root: 'shared-infra/edge' });
const valid = { reason: 'break-glass SSH for INC-1234', owner: 'group:platform-team', expires: '2030-01-31' };

type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** The stack's Terraform JSON with `//` comments kept (Testing.synth strips them). */
function synthWithComments(build: (stack: StratumStack) => void): Resources {
  let json: { resource?: Resources } = {};
  synthStack(ctx, (stack) => {
    build(stack);
    json = stack.toTerraform() as { resource?: Resources };
  });
  return json.resource ?? {};
}

function commentOf(resource: Record<string, unknown> | undefined): Record<string, unknown> {
  return (resource?.['//'] ?? {}) as Record<string, unknown>;
}

describe('suppressPolicy', () => {
  test('records each suppression under the resource "//" key, keyed by rule, beside cdktf metadata', () => {
    const resources = synthWithComments((s) => {
      const sg = new SecurityGroup(s, 'bastion', { name: 'bastion' });
      suppressPolicy(sg, { rule: 'STRAT-SG-001', ...valid });
      suppressPolicy(sg, { rule: 'STRAT-SG-003', ...valid, reason: '  all ports for the load test  ' });
    });
    const comment = commentOf(resources.aws_security_group?.bastion);
    assert.equal((comment.metadata as { path: string }).path, 'edge-us-east-1/bastion');
    assert.deepEqual(comment[POLICY_SUPPRESSIONS_KEY], {
      'STRAT-SG-001': valid,
      'STRAT-SG-003': { ...valid, reason: 'all ports for the load test' },
    });
  });

  test('applies to every resource under a higher-level construct', () => {
    const resources = synthWithComments((s) => {
      const site = new Construct(s, 'site');
      new S3Bucket(site, 'assets', { bucket: 'assets' });
      new S3Bucket(site, 'logs', { bucket: 'logs' });
      suppressPolicy(site, { rule: 'STRAT-S3-003', ...valid });
    });
    const buckets = resources.aws_s3_bucket ?? {};
    assert.equal(Object.keys(buckets).length, 2);
    for (const bucket of Object.values(buckets)) {
      assert.deepEqual(commentOf(bucket)[POLICY_SUPPRESSIONS_KEY], { 'STRAT-S3-003': valid });
    }
  });

  test('rejects a malformed rule id, an empty reason or owner and a bad date at synth time', () => {
    synthStack(ctx, (s) => {
      const sg = new SecurityGroup(s, 'web', {});
      assert.throws(() => suppressPolicy(sg, { ...valid, rule: 'sg-001' }), /rule "sg-001" is not a rule id/);
      assert.throws(
        () => suppressPolicy(sg, { ...valid, rule: 'STRAT-SG-001', reason: ' ' }),
        /give a reason/,
      );
      assert.throws(() => suppressPolicy(sg, { ...valid, rule: 'STRAT-SG-001', owner: '' }), /give an owner/);
      assert.throws(
        () => suppressPolicy(sg, { ...valid, rule: 'STRAT-SG-001', expires: '2030-02-30' }),
        /expires must be a date YYYY-MM-DD/,
      );
      assert.throws(
        () => suppressPolicy(new Construct(s, 'empty'), { ...valid, rule: 'STRAT-SG-001' }),
        /no Terraform resource/,
      );
    });
  });
});
