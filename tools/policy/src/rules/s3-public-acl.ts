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
import type { Rule, RuleContext } from './rule';

/** Canned ACLs that grant access to everyone (or every AWS account) and the checkov check for each. */
const PUBLIC_CANNED: Readonly<Record<string, string>> = {
  'public-read': 'CKV_AWS_20',
  'public-read-write': 'CKV_AWS_57',
  'authenticated-read': 'CKV2_AWS_43',
};

const PUBLIC_GROUPS = [
  'http://acs.amazonaws.com/groups/global/AllUsers',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
];

/** STRAT-S3-002: no bucket ACL grants access to everyone. */
export const s3PublicAclRule: Rule = {
  id: 'STRAT-S3-002',
  checkov: ['CKV_AWS_20', 'CKV_AWS_57', 'CKV2_AWS_43'],
  title: 'No S3 bucket ACL (canned or grant) gives access to AllUsers or AuthenticatedUsers',
  severity: 'critical',
  profile: 'baseline',
  fix: 'Use the private ACL (or none, with object ownership BucketOwnerEnforced) and serve public content through CloudFront with origin access control.',
  check(ctx) {
    for (const node of ctx.stack.ofType('aws_s3_bucket', 'aws_s3_bucket_acl')) {
      checkCanned(ctx, node, node.get('acl'));
      const grants =
        node.type === 'aws_s3_bucket'
          ? node.get('grant')
          : firstBlock(node.get('access_control_policy'))?.grant;
      toBlocks(grants ?? undefined).forEach((grant, i) => {
        if (isUnknown(grant))
          return ctx.unknown(node, grant, { message: `${node.address} grant[${i}] may be public` });
        const grantee = isRecord(grant.grantee) ? grant.grantee : (firstBlock(grant.grantee) ?? grant);
        const uri = toStr(grantee.uri ?? undefined);
        if (uri === undefined) return;
        const permissions = grant.permission ?? grant.permissions;
        ctx.expect(node, anyOf(PUBLIC_GROUPS.map((g) => couldEqual(uri, g))), {
          message: `${node.address} grant[${i}] gives ${showPermission(permissions)} to ${typeof uri === 'string' ? uri.split('/').pop() : 'a group'}`,
          checkov: /WRITE|FULL_CONTROL/i.test(JSON.stringify(permissions ?? ''))
            ? 'CKV_AWS_57'
            : 'CKV_AWS_20',
        });
      });
    }
  },
};

function checkCanned(ctx: RuleContext, node: ResourceNode, value: Value | undefined): void {
  const acl = toStr(value);
  if (acl === undefined) return;
  if (isUnknown(acl)) {
    const check: Check = anyOf(Object.keys(PUBLIC_CANNED).map((name) => couldEqual(acl, name, true)));
    return ctx.expect(node, check, { message: `${node.address} acl may be public`, checkov: 'CKV_AWS_20' });
  }
  const checkov = PUBLIC_CANNED[acl.trim().toLowerCase()];
  if (checkov)
    ctx.fail(node, {
      message: `${node.address} sets acl = "${acl}", readable${acl.includes('write') ? ' and writable' : ''} by ${acl.startsWith('auth') ? 'every AWS account' : 'everyone'}`,
      checkov,
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
