import { not, toBool, toStr } from '../eval/value';
import type { Rule } from './rule';

/** STRAT-LOG-001: CloudTrail trails cover every region, validate log files and encrypt with KMS. */
export const cloudTrailRule: Rule = {
  id: 'STRAT-LOG-001',
  checkov: ['CKV_AWS_67', 'CKV_AWS_36', 'CKV_AWS_35'],
  title:
    'CloudTrail trails are multi-region with global service events, validate log files and encrypt logs with a KMS key',
  severity: 'medium',
  profile: 'standard',
  fix: 'Set is_multi_region_trail = true (keeping include_global_service_events = true), enable_log_file_validation = true and kms_key_id to a customer managed key.',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_cloudtrail')) {
      ctx.expect(node, not(toBool(node.get('is_multi_region_trail'), false)), {
        message: `${node.address} is not multi-region (is_multi_region_trail is not true)`,
        checkov: 'CKV_AWS_67',
      });
      // a multi-region trail without global service events misses IAM, STS and CloudFront calls
      ctx.expect(node, not(toBool(node.get('include_global_service_events'), true)), {
        message: `${node.address} sets include_global_service_events = false: IAM, STS and CloudFront events are not logged`,
        checkov: 'CKV_AWS_67',
      });
      ctx.expect(node, not(toBool(node.get('enable_log_file_validation'), false)), {
        message: `${node.address} does not validate log files (enable_log_file_validation is not true)`,
        checkov: 'CKV_AWS_36',
      });
      const key = toStr(node.get('kms_key_id'));
      if (key === undefined || key === '')
        ctx.fail(node, {
          message: `${node.address} does not encrypt logs with KMS (kms_key_id is unset)`,
          checkov: 'CKV_AWS_35',
        });
    }
  },
};
