import { not, toBool } from '../eval/value';
import type { Rule } from './rule';

/** STRAT-RDS-003: production databases cannot be deleted by a stray destroy. */
export const rdsDeletionProtectionRule: Rule = {
  id: 'STRAT-RDS-003',
  checkov: ['CKV_AWS_293', 'CKV_AWS_139'],
  title: 'RDS instances and clusters set deletion_protection = true (strict profile: production)',
  severity: 'medium',
  profile: 'strict',
  fix: 'Set deletion_protection = true (the construct library sets it from safety.deletionProtection in the environment file).',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_db_instance', 'aws_rds_cluster')) {
      ctx.expect(node, not(toBool(node.get('deletion_protection'), false)), {
        message: `${node.address} does not set deletion_protection = true`,
        checkov: node.type === 'aws_db_instance' ? 'CKV_AWS_293' : 'CKV_AWS_139',
      });
    }
  },
};
