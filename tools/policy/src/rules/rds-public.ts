import { toBool } from '../eval/value';
import type { Rule } from './rule';

/** STRAT-RDS-002: databases are not reachable from the internet. */
export const rdsPublicRule: Rule = {
  id: 'STRAT-RDS-002',
  checkov: ['CKV_AWS_17'],
  title: 'RDS instances and cluster instances are not publicly accessible',
  severity: 'critical',
  profile: 'baseline',
  fix: 'Set publicly_accessible = false and reach the database from inside the VPC (private subnets, a bastion via SSM, or RDS Proxy).',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_db_instance', 'aws_rds_cluster_instance')) {
      ctx.expect(node, toBool(node.get('publicly_accessible'), false), {
        message: `${node.address} sets publicly_accessible = true`,
      });
    }
  },
};
