import {
  anyOf,
  couldEqual,
  isRecord,
  isUnknown,
  toBlocks,
  toStr,
  type Check,
  type Value,
} from '../eval/value';
import type { ResourceNode } from '../model/stack';
import { bucketCompanions, orphanBucketCompanions } from '../normalize/links';
import type { Rule, RuleContext } from './rule';

/**
 * Canned ACLs that grant access to everyone (or every AWS account) and every checkov check each one fails,
 * the most specific first: a read-write ACL is also a public read, and authenticated-read is a public read.
 */
const PUBLIC_CANNED: Readonly<Record<string, readonly string[]>> = {
  'public-read': ['CKV_AWS_20'],
  'public-read-write': ['CKV_AWS_57', 'CKV_AWS_20'],
  'authenticated-read': ['CKV2_AWS_43', 'CKV_AWS_20'],
};
const PUBLIC_GROUPS = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
];
const ACL = 'aws_s3_bucket_acl';

/** STRAT-S3-002: no bucket ACL grants access to everyone. */
export const s3PublicAclRule: Rule = {
  id: 'STRAT-S3-002',
  checkov: ['CKV_AWS_20', 'CKV_AWS_57', 'CKV2_AWS_43'],
  title: 'No S3 bucket ACL (canned or grant) gives access to AllUsers or AuthenticatedUsers',
  severity: 'critical',
  profile: 'baseline',
  fix: 'Use the private ACL (or none, with object ownership BucketOwnerEnforced) and serve public content through CloudFront with origin access control.',
  check(ctx) {
    for (const bucket of ctx.stack.ofType('aws_s3_bucket')) {
      checkAcl(ctx, bucket, bucket, bucket.get('acl'), bucket.get('grant'));
      for (const acl of bucketCompanions(bucket, ACL).linked) checkAclResource(ctx, bucket, acl);
    }
    // an ACL whose bucket is not in the run has no bucket to report on: it is judged on its own
    for (const acl of orphanBucketCompanions(ctx.stack, ACL)) checkAclResource(ctx, acl, acl);
  },
};

function checkAclResource(ctx: RuleContext, target: ResourceNode, acl: ResourceNode): void {
  checkAcl(ctx, target, acl, acl.get('acl'), firstBlock(acl.get('access_control_policy'))?.grant);
}

/** The canned ACL and grants of `source` (the bucket or its aws_s3_bucket_acl), reported on `target`. */
function checkAcl(
  ctx: RuleContext,
  target: ResourceNode,
  source: ResourceNode,
  canned: Value | undefined,
  grants: Value | undefined,
): void {
  const onBucket = target !== source;
  const where = onBucket ? `${target.address}: its ${source.address}` : source.address;
  const evidence = onBucket ? { evidence: [source.address] } : {};
  checkCanned(ctx, target, where, canned, evidence);
  toBlocks(grants ?? undefined).forEach((grant, i) => {
    if (isUnknown(grant))
      return ctx.unknown(target, grant, { message: `${where} grant[${i}] may be public`, ...evidence });
    const grantee = isRecord(grant.grantee) ? grant.grantee : (firstBlock(grant.grantee) ?? grant);
    const uri = toStr(grantee.uri ?? undefined);
    if (uri === undefined) return;
    const permissions = grant.permission ?? grant.permissions;
    const text = JSON.stringify(permissions ?? '');
    const writes = /WRITE|FULL_CONTROL/i.test(text);
    const reads = /READ(?!_ACP)|FULL_CONTROL/i.test(text);
    ctx.expect(target, anyOf(PUBLIC_GROUPS.map((g) => couldEqual(uri, g))), {
      message: `${where} grant[${i}] gives ${showPermission(permissions)} to ${typeof uri === 'string' ? uri.split('/').pop() : 'a group'}`,
      checkov: writes ? (reads ? ['CKV_AWS_57', 'CKV_AWS_20'] : ['CKV_AWS_57']) : ['CKV_AWS_20'],
      ...evidence,
    });
  });
}

function checkCanned(
  ctx: RuleContext,
  target: ResourceNode,
  where: string,
  value: Value | undefined,
  evidence: { evidence?: readonly string[] },
): void {
  const acl = toStr(value);
  if (acl === undefined) return;
  if (isUnknown(acl)) {
    const check: Check = anyOf(Object.keys(PUBLIC_CANNED).map((name) => couldEqual(acl, name, true)));
    return ctx.expect(target, check, {
      message: `${where} acl may be public`,
      checkov: 'CKV_AWS_20',
      ...evidence,
    });
  }
  const checkov = PUBLIC_CANNED[acl.trim().toLowerCase()];
  if (checkov)
    ctx.fail(target, {
      message: `${where} sets acl = "${acl}", readable${acl.includes('write') ? ' and writable' : ''} by ${acl.startsWith('auth') ? 'every AWS account' : 'everyone'}`,
      checkov,
      ...evidence,
    });
}

function firstBlock(value: Value | undefined): Readonly<Record<string, Value>> | undefined {
  const block = toBlocks(value)[0];
  return block && !isUnknown(block) ? block : undefined;
}

function showPermission(value: Value | undefined): string {
  const text = toStr(Array.isArray(value) ? (value as readonly Value[]).join(', ') : value);
  return typeof text === 'string' ? text : 'access';
}
