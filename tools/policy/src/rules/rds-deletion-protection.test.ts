import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allFindings, check, describeRule, r, stack } from '../fixtures/harness';
import { rdsDeletionProtectionRule } from './rds-deletion-protection';

const unprotected = stack(r('aws_db_instance', 'db', { storage_encrypted: true }));

describeRule(rdsDeletionProtectionRule, {
  fail: {
    'instance without deletion protection': { json: unprotected, checkov: 'CKV_AWS_293' },
    'cluster with deletion_protection false': {
      json: stack(r('aws_rds_cluster', 'c', { deletion_protection: false, storage_encrypted: true })),
      checkov: 'CKV_AWS_139',
    },
  },
  pass: {
    'deletion_protection true': stack(r('aws_db_instance', 'db', { deletion_protection: true })),
    'deletion_protection "true"': stack(r('aws_rds_cluster', 'c', { deletion_protection: 'true' })),
  },
  unknown: {
    'from a variable': {
      ...stack(r('aws_db_instance', 'db', { deletion_protection: '${var.protect}' })),
      variable: { protect: {} },
    },
  },
});

test('STRAT-RDS-003 runs only in the strict profile (production)', () => {
  const ids = (profile: 'baseline' | 'standard' | 'strict') =>
    allFindings(check(unprotected, { profile })).map((f) => f.rule);
  assert.ok(ids('strict').includes('STRAT-RDS-003'));
  assert.ok(!ids('standard').includes('STRAT-RDS-003'));
  assert.ok(!ids('baseline').includes('STRAT-RDS-003'));
  assert.ok(
    allFindings(check(unprotected, { profile: 'standard', overrides: { 'STRAT-RDS-003': 'high' } })).some(
      (f) => f.rule === 'STRAT-RDS-003',
    ),
  );
});
