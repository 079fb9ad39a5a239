import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, r, stack } from '../fixtures/harness';
import { iamAdminRule } from './iam-admin';

const doc = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] });
const policy = (text: unknown) => stack(r('aws_iam_policy', 'p', { name: 'p', policy: text }));
const withBucket = (text: unknown) =>
  stack(r('aws_s3_bucket', 'b', { bucket: 'acme' }), r('aws_iam_policy', 'p', { name: 'p', policy: text }));
/** What cdktf writes for Fn.jsonencode({...}) */
const jsonencode = (body: string) => `\${jsonencode({"Version" = "2012-10-17", "Statement" = [${body}]})}`;
const withDocument = (statement: Record<string, unknown>, consumer = true) => ({
  ...(consumer
    ? stack(
        r('aws_iam_role_policy', 'rp', {
          role: '${aws_iam_role.app.id}',
          policy: '${data.aws_iam_policy_document.d.json}',
        }),
      )
    : {}),
  data: { aws_iam_policy_document: { d: { statement: [statement] } } },
});

describeRule(iamAdminRule, {
  fail: {
    'an SSO permission set inline policy allowing "*" on "*"': {
      json: stack(
        r('aws_ssoadmin_permission_set_inline_policy', 'p', {
          inline_policy: '${data.aws_iam_policy_document.admin.json}',
          permission_set_arn: '${aws_ssoadmin_permission_set.ps.arn}',
        }),
        r('data.aws_iam_policy_document', 'admin', { statement: [{ actions: ['*'], resources: ['*'] }] }),
      ),
      checkov: 'CKV_AWS_62',
    },
    'an SSO managed policy attachment of AdministratorAccess': {
      json: stack(
        r('aws_ssoadmin_managed_policy_attachment', 'a', {
          instance_arn: 'arn:aws:sso:::instance/ssoins-1',
          managed_policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
          permission_set_arn: '${aws_ssoadmin_permission_set.ps.arn}',
        }),
      ),
      checkov: 'CKV_AWS_274',
    },
    'JSON text, Action and Resource as strings': {
      json: policy(doc({ Effect: 'Allow', Action: '*', Resource: '*' })),
      checkov: 'CKV_AWS_62',
    },
    'lists ["*"]': policy(doc({ Effect: 'Allow', Action: ['*'], Resource: ['*'] })),
    '"*:*" action': policy(doc({ Effect: 'Allow', Action: '*:*', Resource: '*' })),
    'lower-case keys and effect': policy(doc({ effect: 'allow', action: '*', resource: '*' })),
    'single statement object, not a list': policy(
      JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } }),
    ),
    'NotAction on "*"': policy(doc({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' })),
    'Action "*" with NotResource': policy(
      doc({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::secret/*' }),
    ),
    'jsonencode as cdktf writes it': policy(
      jsonencode('{"Effect" = "Allow", "Action" = "*", "Resource" = "*"}'),
    ),
    'jsonencode with lists and a local': {
      ...policy(jsonencode('{"Effect" = "Allow", "Action" = ["*"], "Resource" = local.everything}')),
      locals: { everything: ['*'] },
    },
    'aws_iam_role_policy from a policy document .json': {
      json: withDocument({ actions: ['*'], resources: ['*'] }),
      checkov: 'CKV_AWS_62',
    },
    'policy document nobody consumes': {
      json: withDocument({ effect: 'Allow', actions: ['*'], resources: ['*'] }, false),
      checkov: 'CKV_AWS_1',
    },
    'role inline_policy': {
      json: stack(
        r('aws_iam_role', 'app', {
          inline_policy: [{ name: 'x', policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }],
        }),
      ),
      checkov: null,
    },
    'user and group policies': stack(
      r('aws_iam_user_policy', 'u', { policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }),
      r('aws_iam_group_policy', 'g', { policy: doc({ Effect: 'Allow', Action: '*', Resource: '*' }) }),
    ),
    'AdministratorAccess attached': {
      json: stack(
        r('aws_iam_role_policy_attachment', 'a', {
          role: 'x',
          policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
        }),
      ),
      checkov: 'CKV_AWS_274',
    },
    'AdministratorAccess in managed_policy_arns': {
      json: stack(
        r('aws_iam_role', 'app', { managed_policy_arns: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
      ),
      checkov: 'CKV_AWS_274',
    },
    'AdministratorAccess through data.aws_iam_policy': {
      json: {
        ...stack(
          r('aws_iam_role_policy_attachment', 'a', { policy_arn: '${data.aws_iam_policy.admin.arn}' }),
        ),
        data: { aws_iam_policy: { admin: { name: 'AdministratorAccess' } } },
      },
      checkov: 'CKV_AWS_274',
    },
    'a policy document merged through source_policy_documents': {
      ...stack(r('aws_iam_policy', 'p', { policy: '${data.aws_iam_policy_document.outer.json}' })),
      data: {
        aws_iam_policy_document: {
          inner: { statement: [{ actions: ['*'], resources: ['*'] }] },
          outer: { source_policy_documents: ['${data.aws_iam_policy_document.inner.json}'] },
        },
      },
    },
  },
  pass: {
    'an SSO permission set inline policy with scoped actions': stack(
      r('aws_ssoadmin_permission_set_inline_policy', 'p', {
        inline_policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
        permission_set_arn: '${aws_ssoadmin_permission_set.ps.arn}',
      }),
    ),
    'an SSO managed policy attachment of ReadOnlyAccess': stack(
      r('aws_ssoadmin_managed_policy_attachment', 'a', {
        managed_policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
      }),
    ),
    'scoped actions on "*"': policy(doc({ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' })),
    '"*" actions on one bucket (jsonencode with a reference)': withBucket(
      jsonencode('{"Effect" = "Allow", "Action" = "s3:*", "Resource" = "${aws_s3_bucket.b.arn}/*"}'),
    ),
    'Action "*" on a resource built from a reference': withBucket(
      jsonencode('{"Effect" = "Allow", "Action" = "*", "Resource" = "${aws_s3_bucket.b.arn}/*"}'),
    ),
    'Deny "*" on "*"': policy(doc({ Effect: 'Deny', Action: '*', Resource: '*' })),
    'JSON text with an interpolated ARN': withBucket(
      '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"${aws_s3_bucket.b.arn}"}]}',
    ),
    'document with principals (a resource policy) is not an identity policy': withDocument(
      {
        actions: ['*'],
        resources: ['*'],
        principals: [{ type: 'AWS', identifiers: ['arn:aws:iam::111122223333:root'] }],
      },
      false,
    ),
    'Action "*" on the ARN of a bucket of the stack': withBucket(
      doc({ Effect: 'Allow', Action: '*', Resource: '${aws_s3_bucket.b.arn}' }),
    ),
    'attachment of a policy of the stack': stack(
      r('aws_iam_policy', 'p', { policy: doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) }),
      r('aws_iam_role_policy_attachment', 'a', { policy_arn: '${aws_iam_policy.p.arn}' }),
    ),
    ReadOnlyAccess: stack(
      r('aws_iam_role_policy_attachment', 'a', { policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
    ),
  },
  unknown: {
    'policy from a variable': { ...policy('${var.policy}'), variable: { policy: {} } },
    'actions from a variable on "*"': {
      ...policy(jsonencode('{"Effect" = "Allow", "Action" = var.actions, "Resource" = "*"}')),
      variable: { actions: {} },
    },
    'policy read from another stack': policy('${data.terraform_remote_state.iam.outputs.policy}'),
  },
});

test('STRAT-IAM-001 names the statement and the document a policy came from', () => {
  const [finding] = findingsOf(
    iamAdminRule,
    withDocument({ sid: 'Everything', actions: ['*'], resources: ['*'] }),
  );
  assert.equal(finding?.address, 'aws_iam_role_policy.rp');
  assert.match(
    finding?.message ?? '',
    /statement "Everything" \(from data\.aws_iam_policy_document\.d\) allows Action "\*" on Resource "\*"/,
  );
});

test('STRAT-IAM-001 reports the unparseable policy text as unknown, not as a pass', () => {
  const [finding] = findingsOf(iamAdminRule, policy('{"Statement": ['));
  assert.equal(finding?.status, 'unknown');
  assert.match(finding?.message ?? '', /not valid JSON/);
});
