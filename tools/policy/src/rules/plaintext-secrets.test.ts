import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeRule, findingsOf, r, stack } from '../fixtures/harness';
import { plaintextSecretsRule } from './plaintext-secrets';

const KEY_ID = ['AKIA', 'IOSFODNN7EXAMPLE'].join(''); // AWS's documented example key id
const SECRET = ['wJalrXUtnFEMI', '/K7MDENG/bPxRfiCYEXAMPLEKEY'].join('');
const PEM = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA', '-----END RSA PRIVATE KEY-----'].join(
  '\n',
);
const containers = (env: Record<string, string>) =>
  JSON.stringify([
    {
      name: 'app',
      image: 'app:1',
      environment: Object.entries(env).map(([name, value]) => ({ name, value })),
    },
  ]);

describeRule(plaintextSecretsRule, {
  fail: {
    'RDS password literal': {
      json: stack(r('aws_db_instance', 'db', { password: 'hunter2hunter2' })),
      checkov: null,
    },
    'Aurora master_password literal': stack(r('aws_rds_cluster', 'c', { master_password: 'hunter2hunter2' })),
    'password from a variable with a literal default': {
      ...stack(r('aws_db_instance', 'db', { password: '${var.db_password}' })),
      variable: { db_password: { default: 'hunter2', sensitive: true } },
    },
    'access key id in user_data': {
      json: stack(r('aws_instance', 'i', { user_data: `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${KEY_ID}\n` })),
      checkov: 'CKV_AWS_46',
    },
    'secret access key in user_data': stack(
      r('aws_instance', 'i', { user_data: `[default]\naws_secret_access_key = ${SECRET}\n` }),
    ),
    'private key in user_data': stack(
      r('aws_instance', 'i', { user_data: `cat > /root/.ssh/id_rsa <<EOF\n${PEM}\nEOF` }),
    ),
    'base64 user data of a launch template': {
      json: stack(
        r('aws_launch_template', 'lt', {
          user_data: Buffer.from(`export AWS_ACCESS_KEY_ID=${KEY_ID}`).toString('base64'),
        }),
      ),
      checkov: 'CKV_AWS_46',
    },
    'base64encode() in user data': stack(
      r('aws_launch_template', 'lt', { user_data: `\${base64encode("export KEY=${KEY_ID}")}` }),
    ),
    'user data template with a literal key beside a reference': stack(
      r('aws_instance', 'i', { user_data: `BUCKET=\${aws_s3_bucket.b.id}\nKEY=${KEY_ID}` }),
    ),
    'a bare secret access key in user data': {
      json: stack(r('aws_instance', 'i', { user_data: `#!/bin/bash\necho ${SECRET} > /etc/app/key\n` })),
      checkov: 'CKV_AWS_46',
    },
    'user data that is a bare 40-digit token': stack(
      r('aws_instance', 'i', { user_data: `${'1234567890'.repeat(4)}$` }),
    ),
    'Lambda environment with an access key': {
      json: stack(r('aws_lambda_function', 'f', { environment: { variables: { AWS_KEY: KEY_ID } } })),
      checkov: 'CKV_AWS_45',
    },
    'Lambda environment with a literal password': stack(
      r('aws_lambda_function', 'f', { environment: [{ variables: { DB_PASSWORD: 'hunter2' } }] }),
    ),
    'ECS container environment with a private key': {
      json: stack(
        r('aws_ecs_task_definition', 't', {
          family: 'app',
          container_definitions: containers({ TLS_KEY: PEM }),
        }),
      ),
      checkov: 'CKV_SECRET_13',
    },
    'ECS container environment with an API token (jsonencode)': stack(
      r('aws_ecs_task_definition', 't', {
        container_definitions:
          '${jsonencode([{"name" = "app", "environment" = [{"name" = "API_TOKEN", "value" = "tok_123456"}]}])}',
      }),
    ),
    'ECS container definitions as JSON text with an interpolation': stack(
      r('aws_ecs_task_definition', 't', {
        container_definitions: `[{"name":"app","image":"\${aws_ecr_repository.app.repository_url}:1","environment":[{"name":"K","value":"${KEY_ID}"}]}]`,
      }),
    ),
    'provider with a hard-coded access key': {
      json: { provider: { aws: [{ region: 'us-east-1', access_key: KEY_ID, secret_key: SECRET }] } },
      checkov: 'CKV_AWS_41',
    },
  },
  pass: {
    'managed master password': stack(r('aws_db_instance', 'db', { manage_master_user_password: true })),
    'password from random_password': stack(
      r('aws_db_instance', 'db', { password: '${random_password.db.result}' }),
    ),
    'password from a variable without default': {
      ...stack(r('aws_db_instance', 'db', { password: '${var.db_password}' })),
      variable: { db_password: { sensitive: true } },
    },
    'user data without secrets': stack(
      r('aws_instance', 'i', { user_data: '#!/bin/bash\nyum install -y nginx\n' }),
    ),
    'user data with 40-character commit ids, paths and words, and a longer base64 blob': stack(
      r('aws_instance', 'i', {
        user_data: [
          '#!/bin/bash',
          'git -C /srv/app checkout 3f786850e387550fdab836ed7e6dc881de23001b',
          'ln -s /opt/app/releases/2026/current/bin/start /usr/local/bin/app',
          'export PROFILE=ThisIsAVeryLongCamelCaseIdentifierNameXy',
          `echo ${Buffer.from('x'.repeat(45)).toString('base64')} | base64 -d`,
        ].join('\n'),
      }),
    ),
    'Lambda env pointing at a secret ARN': stack(
      r('aws_lambda_function', 'f', {
        environment: {
          variables: {
            DB_PASSWORD_SECRET: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db',
            LOG_LEVEL: 'info',
          },
        },
      }),
    ),
    'ECS secrets list (not environment)': stack(
      r('aws_ecs_task_definition', 't', {
        container_definitions: JSON.stringify([
          {
            name: 'app',
            secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:us-east-1:1:parameter/db' }],
          },
        ]),
      }),
    ),
    'emulator credentials of the local provider': {
      provider: { aws: [{ region: 'us-east-1', access_key: 'test', secret_key: 'test' }] },
    },
  },
});

test('STRAT-SEC-001 masks the secret in the message', () => {
  const [finding] = findingsOf(
    plaintextSecretsRule,
    stack(r('aws_instance', 'i', { user_data: `KEY=${KEY_ID}` })),
  );
  assert.ok(finding);
  assert.ok(!finding.message.includes(KEY_ID), finding.message);
  assert.match(finding.message, /AKIA\*+/);
});
