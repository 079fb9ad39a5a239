import { allOf, not, toBool, type Unknown } from '../eval/value';
import { bucketCompanions, orphanBucketCompanions } from '../normalize/links';
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
    for (const node of ctx.stack.ofType('aws_s3_account_public_access_block')) checkFlags(ctx, node, node);
    // a block whose bucket is not in the run has no bucket to report on: it is judged on its own
    for (const node of orphanBucketCompanions(ctx.stack, BLOCK)) checkFlags(ctx, node, node);
    for (const bucket of ctx.stack.ofType('aws_s3_bucket')) {
      const { linked, unresolved } = bucketCompanions(bucket, BLOCK);
      for (const block of linked) checkFlags(ctx, bucket, block);
      if (linked.length === 0 && !accountWide) reportMissing(ctx, bucket, unresolved[0]);
    }
  },
};

const BLOCK = 'aws_s3_bucket_public_access_block';

/** Each flag of `block` that is not true is a finding on `target` (the bucket it protects, or itself). */
function checkFlags(ctx: RuleContext, target: ResourceNode, block: ResourceNode): void {
  const onBucket = target !== block;
  for (const [flag, checkov] of FLAGS) {
    ctx.expect(target, not(toBool(block.get(flag), false)), {
      message: onBucket
        ? `${target.address}: its ${block.address} does not set ${flag} = true`
        : `${block.address} does not set ${flag} = true`,
      checkov: block.type === BLOCK ? checkov : null,
      ...(onBucket ? { evidence: [block.address] } : {}),
    });
  }
}

function allFlags(node: ResourceNode): ReturnType<typeof allOf> {
  return allOf(...FLAGS.map(([flag]) => toBool(node.get(flag), false)));
}

function reportMissing(
  ctx: RuleContext,
  bucket: ResourceNode,
  maybe: { readonly node: ResourceNode; readonly value: Unknown } | undefined,
): void {
  const message = `${bucket.address} has no aws_s3_bucket_public_access_block`;
  if (maybe)
    ctx.unknown(bucket, maybe.value, {
      message: `${message} (${maybe.node.address} may be for it)`,
      checkov: 'CKV2_AWS_6',
    });
  else ctx.fail(bucket, { message, checkov: 'CKV2_AWS_6' });
}
