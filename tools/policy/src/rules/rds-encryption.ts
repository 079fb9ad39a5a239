import { couldEqual, isUnknown, not, toBool, toStr, type Check } from '../eval/value';
import { ResourceNode } from '../model/stack';
import type { Rule } from './rule';

/** STRAT-RDS-001: RDS instances and Aurora clusters encrypt storage at rest. */
export const rdsEncryptionRule: Rule = {
  id: 'STRAT-RDS-001',
  checkov: ['CKV_AWS_16', 'CKV_AWS_96'],
  title: 'RDS instances and clusters set storage_encrypted = true',
  severity: 'high',
  profile: 'standard',
  fix: 'Set storage_encrypted = true (with kms_key_id for a customer managed key); an existing database must be restored from an encrypted snapshot.',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_db_instance', 'aws_rds_cluster')) {
      const checkov = node.type === 'aws_db_instance' ? 'CKV_AWS_16' : 'CKV_AWS_96';
      ctx.expect(node, not(encrypted(node, 0)), {
        message: `${node.address} does not set storage_encrypted = true`,
        checkov,
      });
    }
  },
};

/** Whether the database's storage is encrypted, following a read replica to its source in the run. */
function encrypted(node: ResourceNode, hops: number): Check {
  if (node.type === 'aws_rds_cluster') {
    // Aurora Serverless v1 storage is always encrypted, even with storage_encrypted = false
    const mode = toStr(node.get('engine_mode'));
    if (mode !== undefined && couldEqual(mode, 'serverless', true) === true) return true;
  }
  if (node.body.storage_encrypted !== undefined && node.body.storage_encrypted !== null)
    return toBool(node.get('storage_encrypted'), false);
  const source = node.get('replicate_source_db');
  if (source !== undefined && hops < 5) {
    if (isUnknown(source) && source.origin.kind === 'resource' && source.origin.node instanceof ResourceNode)
      return encrypted(source.origin.node, hops + 1);
    if (isUnknown(source)) return source;
  }
  return false;
}
