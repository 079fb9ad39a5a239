import { couldEqual, not, toBool, toStr } from '../eval/value';
import type { Rule } from './rule';

/** STRAT-KMS-001: symmetric customer managed keys rotate. */
export const kmsRotationRule: Rule = {
  id: 'STRAT-KMS-001',
  checkov: ['CKV_AWS_7'],
  title: 'Symmetric KMS keys set enable_key_rotation = true',
  severity: 'medium',
  profile: 'standard',
  fix: 'Set enable_key_rotation = true (optionally rotation_period_in_days); asymmetric and HMAC keys cannot rotate and are not checked.',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_kms_key')) {
      const spec = toStr(node.get('customer_master_key_spec'));
      if (spec !== undefined && couldEqual(spec, 'SYMMETRIC_DEFAULT', true) === false) continue;
      ctx.expect(node, not(toBool(node.get('enable_key_rotation'), false)), {
        message: `${node.address} does not set enable_key_rotation = true`,
      });
    }
  },
};
