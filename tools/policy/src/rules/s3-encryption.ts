import { anyOf, couldEqual, isUnknown, not, toBlocks, toStr, type Check, type Value } from '../eval/value';
import type { ResourceNode } from '../model/stack';
import { bucketCompanions, orphanBucketCompanions } from '../normalize/links';
import type { Rule, RuleContext } from './rule';

const ALGORITHMS = ['AES256', 'aws:kms', 'aws:kms:dsse'];
const SSE = 'aws_s3_bucket_server_side_encryption_configuration';

/**
 * STRAT-S3-003: a default encryption a bucket declares actually encrypts (SSE-S3, SSE-KMS or DSSE-KMS).
 * A bucket that declares none passes: AWS encrypts every bucket with SSE-S3 since January 2023 and that
 * cannot be turned off. The strict profile also asks for the declaration (STRAT-S3-004).
 */
export const s3EncryptionRule: Rule = {
  id: 'STRAT-S3-003',
  checkov: ['CKV_AWS_19'],
  title: 'The default server-side encryption an S3 bucket declares uses AES256, aws:kms or aws:kms:dsse',
  severity: 'medium',
  profile: 'standard',
  fix: 'Give the bucket\'s server-side encryption rule sse_algorithm "aws:kms" (and a customer managed key) or "AES256".',
  check(ctx) {
    for (const config of orphanBucketCompanions(ctx.stack, SSE)) {
      ctx.expect(config, not(encrypts(config.get('rule'))), {
        message: `${config.address} has no rule with sse_algorithm AES256, aws:kms or aws:kms:dsse`,
      });
    }
    for (const bucket of ctx.stack.ofType('aws_s3_bucket')) {
      const { inline, linked } = declaredEncryption(bucket);
      if (anyOf([...inline, ...linked.map((c) => c.check)]) === true) continue;
      inline.forEach((check, i) =>
        ctx.expect(bucket, not(check), {
          message: `${bucket.address} server_side_encryption_configuration[${i}] has no rule with sse_algorithm AES256, aws:kms or aws:kms:dsse`,
        }),
      );
      for (const { node, check } of linked) {
        ctx.expect(bucket, not(check), {
          message: `${bucket.address}: its ${node.address} has no rule with sse_algorithm AES256, aws:kms or aws:kms:dsse`,
          evidence: [node.address],
        });
      }
    }
  },
};

/** STRAT-S3-004 (strict): every bucket states its default encryption in code instead of relying on the AWS default. */
export const s3EncryptionDeclaredRule: Rule = {
  id: 'STRAT-S3-004',
  checkov: [],
  title:
    'Every S3 bucket declares its default encryption (inline or aws_s3_bucket_server_side_encryption_configuration)',
  severity: 'medium',
  profile: 'strict',
  fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with sse_algorithm "aws:kms" and a customer managed key (or "AES256"), so the choice is reviewed and drift is visible.',
  check(ctx: RuleContext) {
    for (const bucket of ctx.stack.ofType('aws_s3_bucket')) {
      const { inline, linked, unresolved } = declaredEncryption(bucket);
      if (inline.length > 0 || linked.length > 0) continue; // what it declares is STRAT-S3-003's
      const message = `${bucket.address} declares no default encryption (AWS applies SSE-S3)`;
      const maybe = unresolved[0];
      if (maybe)
        ctx.unknown(bucket, maybe.value, { message: `${message}; ${maybe.node.address} may be for it` });
      else ctx.fail(bucket, { message });
    }
  },
};

/** The bucket's inline configurations and linked configuration resources, each with whether it encrypts. */
function declaredEncryption(bucket: ResourceNode) {
  const inline = toBlocks(bucket.get('server_side_encryption_configuration')).map((c) =>
    isUnknown(c) ? c : encrypts(c.rule),
  );
  const { linked, unresolved } = bucketCompanions(bucket, SSE);
  return { inline, linked: linked.map((node) => ({ node, check: encrypts(node.get('rule')) })), unresolved };
}

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
