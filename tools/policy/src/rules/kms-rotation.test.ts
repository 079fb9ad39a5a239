import { describeRule, r, stack } from '../fixtures/harness';
import { kmsRotationRule } from './kms-rotation';

describeRule(kmsRotationRule, {
  fail: {
    'rotation unset': { json: stack(r('aws_kms_key', 'k', { description: 'data' })), checkov: 'CKV_AWS_7' },
    'rotation false': stack(r('aws_kms_key', 'k', { enable_key_rotation: false })),
    'explicit SYMMETRIC_DEFAULT without rotation': stack(
      r('aws_kms_key', 'k', { customer_master_key_spec: 'SYMMETRIC_DEFAULT' }),
    ),
    'rotation asked of an asymmetric key (KMS rejects it)': stack(
      r('aws_kms_key', 'k', { customer_master_key_spec: 'RSA_2048', enable_key_rotation: true }),
    ),
  },
  pass: {
    'rotation true': stack(r('aws_kms_key', 'k', { enable_key_rotation: true })),
    'rotation "true" with a period': stack(
      r('aws_kms_key', 'k', { enable_key_rotation: 'true', rotation_period_in_days: 90 }),
    ),
    'asymmetric key (cannot rotate)': stack(
      r('aws_kms_key', 'k', { customer_master_key_spec: 'RSA_2048', key_usage: 'SIGN_VERIFY' }),
    ),
    'HMAC key (cannot rotate)': stack(
      r('aws_kms_key', 'k', { customer_master_key_spec: 'HMAC_256', key_usage: 'GENERATE_VERIFY_MAC' }),
    ),
  },
  unknown: {
    'rotation from a variable': {
      ...stack(r('aws_kms_key', 'k', { enable_key_rotation: '${var.rotate}' })),
      variable: { rotate: {} },
    },
  },
});
