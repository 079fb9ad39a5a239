import { isRecord, isUnknown, JsonText, toBlocks, type Value } from '../eval/value';
import {
  decodeUserData,
  findBareSecretKeys,
  findSecrets,
  isLiteralSecret,
  literalText,
  SECRET_NAME,
  type SecretMatch,
} from '../normalize/secrets';
import type { ResourceNode } from '../model/stack';
import type { Rule, RuleContext, Target } from './rule';

/** Database arguments that must never be literals: resource type and argument names. */
const PASSWORD_ARGUMENTS: readonly (readonly [string, readonly string[]])[] = [
  ['aws_db_instance', ['password', 'password_wo']],
  ['aws_rds_cluster', ['master_password', 'master_password_wo']],
  ['aws_docdb_cluster', ['master_password']],
  ['aws_redshift_cluster', ['master_password']],
  ['aws_elasticache_replication_group', ['auth_token']],
];

const USER_DATA = ['aws_instance', 'aws_launch_template', 'aws_launch_configuration'];

const PASSWORD_FIX =
  'Use manage_master_user_password = true (RDS keeps the password in Secrets Manager), or a random_password / Secrets Manager reference; never a literal or a variable default.';
const KEY_FIX =
  'Remove the secret from the code and rotate it now; give the workload an IAM role, and read secrets from Secrets Manager or SSM SecureString (ECS: the container "secrets" list).';

/** STRAT-SEC-001: no secret is written in the infrastructure code. */
export const plaintextSecretsRule: Rule = {
  id: 'STRAT-SEC-001',
  checkov: ['CKV_AWS_46', 'CKV_AWS_45', 'CKV_AWS_41', 'CKV_SECRET_2', 'CKV_SECRET_13'],
  title:
    'No literal database passwords, and no AWS keys or private keys in user data, Lambda or container environment',
  severity: 'critical',
  profile: 'baseline',
  fix: 'Never write a secret in the code: use manage_master_user_password = true for databases, and Secrets Manager or SSM SecureString for workloads.',
  check(ctx) {
    for (const [type, args] of PASSWORD_ARGUMENTS) {
      for (const node of ctx.stack.ofType(type)) {
        for (const arg of args) checkLiteralPassword(ctx, node, arg);
      }
    }
    for (const node of ctx.stack.ofType(...USER_DATA)) {
      for (const arg of ['user_data', 'user_data_base64']) {
        for (const text of literalText(node.get(arg))) {
          const script = decodeUserData(text);
          const found = findSecrets(script);
          // a bare key-shaped token counts only where no key was found by its context
          scan(ctx, node, arg, found.length > 0 ? found : findBareSecretKeys(script), 'CKV_AWS_46');
        }
      }
    }
    for (const node of ctx.stack.ofType('aws_lambda_function')) {
      for (const environment of toBlocks(node.get('environment'))) {
        if (isUnknown(environment) || !isRecord(environment.variables)) continue;
        checkVariables(
          ctx,
          node,
          'environment.variables',
          Object.entries(environment.variables),
          'CKV_AWS_45',
        );
      }
    }
    for (const node of ctx.stack.ofType('aws_ecs_task_definition')) checkContainers(ctx, node);
    for (const provider of ctx.stack.json.provider.aws ?? []) {
      const target: Target = { address: 'provider.aws', body: provider };
      for (const arg of ['access_key', 'secret_key']) {
        const value = provider[arg];
        if (typeof value === 'string')
          scan(
            ctx,
            target,
            arg,
            arg === 'secret_key' ? `aws_secret_access_key=${value}` : value,
            'CKV_AWS_41',
          );
      }
    }
  },
};

function checkLiteralPassword(ctx: RuleContext, node: ResourceNode, arg: string): void {
  const value = node.get(arg);
  if (value === undefined) return;
  if (typeof value !== 'string' && typeof value !== 'number') return;
  const variable = /^\$\{\s*var\.([\w-]+)\s*\}$/.exec(String(node.body[arg]))?.[1];
  ctx.fail(node, {
    message: variable
      ? `${node.address} sets ${arg} from variable "${variable}", whose default is a literal value in the code`
      : `${node.address} sets ${arg} to a literal value in the code`,
    checkov: null,
    fix: PASSWORD_FIX,
  });
}

function checkVariables(
  ctx: RuleContext,
  node: ResourceNode,
  where: string,
  entries: readonly (readonly [string, Value | undefined])[],
  checkov: string,
): void {
  for (const [name, value] of entries) {
    for (const text of literalText(value)) {
      scan(ctx, node, `${where}.${name}`, text, checkov);
      if (SECRET_NAME.test(name) && typeof value === 'string' && isLiteralSecret(text)) {
        ctx.fail(node, {
          message: `${node.address} ${where}.${name} holds a literal secret value`,
          checkov,
          fix: KEY_FIX,
        });
      }
    }
  }
}

/** Container definitions are JSON text (or jsonencode); each container's `environment` is a name/value list. */
function checkContainers(ctx: RuleContext, node: ResourceNode): void {
  const raw = node.get('container_definitions');
  let definitions: Value | undefined = raw instanceof JsonText ? raw.value : raw;
  if (typeof definitions === 'string') {
    try {
      definitions = JSON.parse(definitions) as Value;
    } catch {
      definitions = undefined;
    }
  }
  if (!Array.isArray(definitions)) {
    // JSON text with interpolations, or not JSON: still scan what is written literally
    for (const text of literalText(raw)) scan(ctx, node, 'container_definitions', text, null);
    return;
  }
  (definitions as readonly Value[]).forEach((container, i) => {
    if (!isRecord(container)) return;
    const label = `container_definitions[${typeof container.name === 'string' ? container.name : i}].environment`;
    const env = Array.isArray(container.environment) ? (container.environment as readonly Value[]) : [];
    const entries = env
      .filter(isRecord)
      .map((e) => [typeof e.name === 'string' ? e.name : '?', e.value] as const);
    for (const [name, value] of entries) {
      for (const text of literalText(value)) scan(ctx, node, `${label}.${name}`, text, null);
      if (SECRET_NAME.test(name) && typeof value === 'string' && isLiteralSecret(value)) {
        ctx.fail(node, {
          message: `${node.address} ${label}.${name} holds a literal secret value (use the container "secrets" list)`,
          checkov: null,
          fix: KEY_FIX,
        });
      }
    }
  });
}

function scan(
  ctx: RuleContext,
  target: Target,
  where: string,
  text: string | readonly SecretMatch[],
  checkov: string | null,
): void {
  for (const match of typeof text === 'string' ? findSecrets(text) : text) {
    ctx.fail(target, {
      message: `${target.address} ${where} contains ${match.kind} (${match.masked})`,
      checkov: checkov ?? match.checkov,
      fix: KEY_FIX,
    });
  }
}
