import { allOf, isUnknown, not, toBool } from '../eval/value';
import { companionsOf } from '../normalize/links';
import type { ResourceNode } from '../model/stack';
import type { Rule, RuleContext } from './rule';

/** The four flags of a public access block and the checkov check for each. */
const FLAGS = [
  ['block_public_acls', 'CKV_AWS_53'],
  ['block_public_policy', 'CKV_AWS_54'],
  ['ignore_public_acls', 'CKV_AWS_55'],
  ['restrict_public_buckets', 'CKV_AWS_56'],
] as const;

/** STRAT-S3-001: every bucket has a public access block with all four flags on. */
export const s3PublicAccessBlockRule: Rule = {
  id: 'STRAT-S3-001',
  checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
  title: 'Every S3 bucket has a public access block with all four flags set to true',
  severity: 'high',
  profile: 'baseline',
  fix: 'Add an aws_s3_bucket_public_access_block for the bucket with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true.',
  check(ctx) {
    const accountBlocks = ctx.stack.workspace.ofType('aws_s3_account_public_access_block');
    const accountWide = accountBlocks.some((node) => allFlags(node) === true);
    for (const node of [
      ...ctx.stack.ofType('aws_s3_bucket_public_access_block'),
      ...ctx.stack.ofType('aws_s3_account_public_access_block'),
    ]) {
      for (const [flag, checkov] of FLAGS) {
        ctx.expect(node, not(toBool(node.get(flag), false)), {
          message: `${node.address} does not set ${flag} = true`,
          checkov: node.type === 'aws_s3_bucket_public_access_block' ? checkov : null,
        });
      }
    }
    if (accountWide) return;
    for (const bucket of ctx.stack.ofType('aws_s3_bucket')) checkBucketHasBlock(ctx, bucket);
  },
};

function allFlags(node: ResourceNode): ReturnType<typeof allOf> {
  return allOf(...FLAGS.map(([flag]) => toBool(node.get(flag), false)));
}

function checkBucketHasBlock(ctx: RuleContext, bucket: ResourceNode): void {
  const { linked, unresolved } = companionsOf(
    ctx.stack.workspace,
    ['aws_s3_bucket_public_access_block'],
    'bucket',
    bucket,
    'bucket',
  );
  if (linked.length > 0) return;
  const message = `${bucket.address} has no aws_s3_bucket_public_access_block`;
  const maybe = unresolved[0];
  if (maybe && isUnknown(maybe.value)) {
    ctx.unknown(bucket, maybe.value, {
      message: `${message} (${maybe.node.address} may be for it)`,
      checkov: 'CKV2_AWS_6',
    });
  } else ctx.fail(bucket, { message, checkov: 'CKV2_AWS_6' });
}
