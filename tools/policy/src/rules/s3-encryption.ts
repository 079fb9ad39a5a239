import { anyOf, couldEqual, isUnknown, not, toBlocks, toStr, type Check, type Value } from '../eval/value';
import { companionsOf } from '../normalize/links';
import type { Rule } from './rule';

const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];

/** STRAT-S3-003: every bucket states default encryption at rest (SSE-S3 or SSE-KMS). */
export const s3EncryptionRule: Rule = {
  id: 'STRAT-S3-003',
  checkov: ['CKV_AWS_19'],
  title:
    'Every S3 bucket declares default server-side encryption (inline or aws_s3_bucket_server_side_encryption_configuration)',
  severity: 'medium',
  profile: 'standard',
  fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with sse_algorithm "aws:kms" (and a customer managed key) or "AES256".',
  check(ctx) {
    for (const config of ctx.stack.ofType('aws_s3_bucket_server_side_encryption_configuration')) {
      const algorithm = encrypts(config.get('rule'));
      ctx.expect(config, not(algorithm), {
        message: `${config.address} has no rule with sse_algorithm AES256, aws:kms or aws:kms:dsse`,
      });
    }
    for (const bucket of ctx.stack.ofType('aws_s3_bucket')) {
      const inline = toBlocks(bucket.get('server_side_encryption_configuration')).flatMap((c) =>
        isUnknown(c) ? [c] : [encrypts(c.rule)],
      );
      if (anyOf(inline) === true) continue;
      const { linked, unresolved } = companionsOf(
        ctx.stack.workspace,
        ['aws_s3_bucket_server_side_encryption_configuration'],
        'bucket',
        bucket,
        'bucket',
      );
      if (linked.length > 0) continue; // the configuration itself is checked above
      const message = `${bucket.address} has no default encryption configuration`;
      const maybe = inline.find(isUnknown) ?? unresolved[0]?.value;
      if (maybe) ctx.unknown(bucket, maybe, { message });
      else ctx.fail(bucket, { message });
    }
  },
};

/** Whether rule blocks set a known algorithm under apply_server_side_encryption_by_default. */
function encrypts(rules: Value | undefined): Check {
  const checks = toBlocks(rules).map((rule) => {
    if (isUnknown(rule)) return rule;
    return anyOf(
      toBlocks(rule.apply_server_side_encryption_by_default).map((d) => {
        if (isUnknown(d)) return d;
        const algorithm = toStr(d.sse_algorithm ?? undefined);
        if (algorithm === undefined) return false;
        return anyOf(ALGORITHMS.map((a) => couldEqual(algorithm, a, true)));
      }),
    );
  });
  return anyOf(checks);
}
