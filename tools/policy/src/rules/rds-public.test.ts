import { describeRule, r, stack } from '../fixtures/harness';
import { rdsPublicRule } from './rds-public';

describeRule(rdsPublicRule, {
  fail: {
    'publicly_accessible true': {
      json: stack(r('aws_db_instance', 'db', { publicly_accessible: true })),
      checkov: 'CKV_AWS_17',
    },
    'publicly_accessible "true"': stack(r('aws_db_instance', 'db', { publicly_accessible: 'true' })),
    'cluster instance publicly accessible': stack(
      r('aws_rds_cluster_instance', 'i', { publicly_accessible: true }),
    ),
    'from a local': {
      ...stack(r('aws_db_instance', 'db', { publicly_accessible: '${local.public}' })),
      locals: { public: true },
    },
  },
  pass: {
    'unset (defaults to false)': stack(r('aws_db_instance', 'db', {})),
    false: stack(r('aws_db_instance', 'db', { publicly_accessible: false })),
  },
  unknown: {
    'from a variable': {
      ...stack(r('aws_db_instance', 'db', { publicly_accessible: '${var.public}' })),
      variable: { public: {} },
    },
  },
});
