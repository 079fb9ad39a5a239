import { couldEqual, isUnknown, toBlocks, toList, toStr, type Value } from '../eval/value';
import { adminGrants, field, policyStatements } from '../normalize/iam';
import { policyDocumentValue } from '../normalize/policy-document';
import type { ResourceNode } from '../model/stack';
import type { Rule, RuleContext } from './rule';

/** Identity policies: resource type, the argument holding the JSON, and the checkov check. */
const POLICY_HOLDERS = [
  ['aws_iam_policy', 'policy', 'CKV_AWS_62'],
  ['aws_iam_role_policy', 'policy', 'CKV_AWS_62'],
  ['aws_iam_user_policy', 'policy', 'CKV_AWS_62'],
  ['aws_iam_group_policy', 'policy', 'CKV_AWS_62'],
  // IAM Identity Center: the permission set's inline policy is an identity policy in every account it is assigned to
  ['aws_ssoadmin_permission_set_inline_policy', 'inline_policy', 'CKV_AWS_62'],
] as const;

const ATTACHMENTS = [
  'aws_iam_role_policy_attachment',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_policy_attachment',
];
const ADMIN_POLICY = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** STRAT-IAM-001: no identity policy allows every action on every resource. */
export const iamAdminRule: Rule = {
  id: 'STRAT-IAM-001',
  checkov: ['CKV_AWS_62', 'CKV_AWS_1', 'CKV_AWS_274'],
  title: 'No IAM policy statement allows "*" actions on "*" resources (nor attaches AdministratorAccess)',
  severity: 'critical',
  profile: 'baseline',
  fix: 'List the actions the workload calls (e.g. "s3:GetObject") and the resource ARNs it needs; use a permissions boundary for broad roles.',
  check(ctx) {
    const consumed = new Set<string>();
    for (const [type, argument, checkov] of POLICY_HOLDERS) {
      for (const node of ctx.stack.ofType(type))
        checkPolicy(ctx, node, argument, node.body[argument], node.get(argument), checkov, consumed);
    }
    for (const role of ctx.stack.ofType('aws_iam_role')) {
      toBlocks(role.get('inline_policy')).forEach((block, i) => {
        if (isUnknown(block))
          ctx.unknown(role, block, {
            message: `${role.address} inline_policy[${i}] may grant "*" on "*"`,
            checkov: null,
          });
        else
          checkPolicy(
            ctx,
            role,
            `inline_policy[${i}]`,
            role.body.inline_policy,
            block.policy ?? undefined,
            null,
            consumed,
          );
      });
      const managed = toList(role.get('managed_policy_arns'));
      for (const arn of isUnknown(managed) ? [] : managed) checkManagedArn(ctx, role, arn);
    }
    for (const node of ctx.stack.ofType(...ATTACHMENTS)) checkManagedArn(ctx, node, node.get('policy_arn'));
    for (const node of ctx.stack.ofType('aws_ssoadmin_managed_policy_attachment'))
      checkManagedArn(ctx, node, node.get('managed_policy_arn'));
    for (const doc of ctx.stack.dataOfType('aws_iam_policy_document')) {
      const isResourcePolicy = toBlocks(doc.get('statement')).some(
        (s) => !isUnknown(s) && (s.principals ?? s.not_principals) != null,
      );
      if (consumed.has(doc.address) || isResourcePolicy) continue;
      checkPolicy(ctx, doc, 'statement', undefined, policyDocumentValue(doc, 0), 'CKV_AWS_1', consumed);
    }
  },
};

function checkPolicy(
  ctx: RuleContext,
  node: ResourceNode,
  where: string,
  raw: unknown,
  policy: Value | undefined,
  checkov: string | null,
  consumed: Set<string>,
): void {
  const sources = JSON.stringify(raw ?? '').match(/data\.aws_iam_policy_document\.[\w-]+/g) ?? [];
  for (const source of sources) consumed.add(source);
  const from = sources.length > 0 ? ` (from ${[...new Set(sources)].join(', ')})` : '';
  const parsed = policyStatements(policy);
  if (parsed.unknown) {
    ctx.unknown(node, parsed.unknown, { message: `${node.address} ${where} may grant "*" on "*"`, checkov });
    return;
  }
  parsed.statements.forEach((statement, i) => {
    const sid = isUnknown(statement) ? undefined : toStr(field(statement, 'Sid'));
    const label = `${node.address} ${where} statement ${typeof sid === 'string' ? `"${sid}"` : i}${from}`;
    for (const grant of adminGrants(statement)) {
      ctx.expect(node, grant.check, {
        message: `${label} allows ${grant.description}`,
        checkov,
        evidence: [...new Set(sources)],
      });
    }
  });
}

function checkManagedArn(ctx: RuleContext, node: ResourceNode, arn: Value | undefined): void {
  const text = toStr(arn);
  if (text === undefined) return;
  const message = `${node.address} attaches the AWS managed AdministratorAccess policy ("*" on "*")`;
  if (typeof text === 'string') {
    if (ADMIN_POLICY.test(text.trim())) ctx.fail(node, { message, checkov: 'CKV_AWS_274' });
    return;
  }
  const origin = text.origin;
  if (origin.kind === 'resource') return; // a policy of the run, checked on its own
  if (origin.kind === 'data') {
    const source = node.stack.lookup(origin.address);
    const name =
      source?.type === 'aws_iam_policy' ? toStr(source.get('name') ?? source.get('arn')) : undefined;
    if (typeof name === 'string') {
      if (name === 'AdministratorAccess' || ADMIN_POLICY.test(name))
        ctx.fail(node, { message, checkov: 'CKV_AWS_274' });
      return;
    }
  }
  ctx.expect(node, couldEqual(text, 'arn:aws:iam::aws:policy/AdministratorAccess'), {
    message,
    checkov: 'CKV_AWS_274',
  });
}
