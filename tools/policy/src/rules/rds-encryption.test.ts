import { describeRule, r, stack } from '../fixtures/harness';
import { rdsEncryptionRule } from './rds-encryption';

const db = (fields: Record<string, unknown>) =>
  stack(r('aws_db_instance', 'db', { engine: 'postgres', instance_class: 'db.t4g.micro', ...fields }));

describeRule(rdsEncryptionRule, {
  fail: {
    'storage_encrypted unset (defaults to false)': { json: db({}), checkov: 'CKV_AWS_16' },
    'storage_encrypted false': { json: db({ storage_encrypted: false }), checkov: 'CKV_AWS_16' },
    'storage_encrypted "false"': { json: db({ storage_encrypted: 'false' }), checkov: 'CKV_AWS_16' },
    'Aurora cluster without encryption': {
      json: stack(r('aws_rds_cluster', 'c', { engine: 'aurora-postgresql' })),
      checkov: 'CKV_AWS_96',
    },
    'read replica of an unencrypted primary in the stack': stack(
      r('aws_db_instance', 'primary', { storage_encrypted: false }),
      r('aws_db_instance', 'replica', { replicate_source_db: '${aws_db_instance.primary.identifier}' }),
      r('aws_db_instance', 'ok', { storage_encrypted: true }),
    ),
  },
  pass: {
    'storage_encrypted true': db({ storage_encrypted: true }),
    'storage_encrypted "true" with a KMS key': db({
      storage_encrypted: 'true',
      kms_key_id: '${aws_kms_key.db.arn}',
    }),
    'Aurora Serverless v1 is always encrypted': stack(
      r('aws_rds_cluster', 'c', { engine_mode: 'serverless' }),
    ),
    'Aurora Serverless v1 even with storage_encrypted = false (AWS always encrypts it)': stack(
      r('aws_rds_cluster', 'c', { engine_mode: 'serverless', storage_encrypted: false }),
    ),
    'read replica of an encrypted primary': stack(
      r('aws_db_instance', 'primary', { storage_encrypted: true }),
      r('aws_db_instance', 'replica', { replicate_source_db: '${aws_db_instance.primary.arn}' }),
    ),
    'count = 0': db({ count: 0 }),
  },
  unknown: {
    'storage_encrypted from a variable': {
      ...db({ storage_encrypted: '${var.encrypted}' }),
      variable: { encrypted: {} },
    },
    'replica of a database in another state': db({
      replicate_source_db: '${data.terraform_remote_state.p.outputs.db_arn}',
    }),
  },
});
