import { couldEqual, not, toBool, toStr } from '../eval/value';
import type { Rule } from './rule';

/**
 * STRAT-KMS-001: symmetric customer managed keys rotate; asymmetric and HMAC keys, which KMS cannot rotate, do
 * not ask for it (KMS rejects `EnableKeyRotation` on them, so such an apply fails).
 */
export const kmsRotationRule: Rule = {
  id: 'STRAT-KMS-001',
  checkov: ['CKV_AWS_7'],
  title: 'Symmetric KMS keys set enable_key_rotation = true; asymmetric and HMAC keys do not',
  severity: 'medium',
  profile: 'standard',
  fix: 'Set enable_key_rotation = true (optionally rotation_period_in_days) on symmetric keys; asymmetric and HMAC keys cannot rotate: leave it unset and rotate them by creating a new key and moving the alias.',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_kms_key')) {
      const spec = toStr(node.get('customer_master_key_spec'));
      const rotation = toBool(node.get('enable_key_rotation'), false);
      if (spec !== undefined && couldEqual(spec, 'SYMMETRIC_DEFAULT', true) === false) {
        ctx.expect(node, rotation, {
          message: `${node.address} is a ${typeof spec === 'string' ? spec : 'non-symmetric'} key with enable_key_rotation = true, which KMS rejects for asymmetric and HMAC keys`,
        });
        continue;
      }
      ctx.expect(node, not(rotation), {
        message: `${node.address} does not set enable_key_rotation = true`,
      });
    }
  },
};
