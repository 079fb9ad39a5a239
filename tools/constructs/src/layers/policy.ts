/**
 * IAM policy documents as typed values. Documents are rendered with `JSON.stringify`, so the synthesized
 * Terraform JSON holds plain policy JSON (with `${...}` references where tokens were used) that the policy
 * gate can read, instead of an opaque `jsonencode(...)` expression.
 */

/** One IAM statement. `principal` is only for resource policies (key, bucket, topic, queue and trust policies). */
export interface PolicyStatement {
  readonly sid?: string;
  /** @default 'Allow' */
  readonly effect?: 'Allow' | 'Deny';
  readonly principal?:
    '*' | { readonly AWS?: string | readonly string[]; readonly Service?: string | readonly string[] };
  readonly actions: readonly string[];
  /** @default ['*'] for resource policies (the resource the policy is attached to); required in identity policies */
  readonly resources?: readonly string[];
  /** IAM condition block, e.g. `{ Bool: { 'aws:SecureTransport': 'false' } }`. */
  readonly conditions?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/** Renders statements as an IAM policy document string. */
export function policyDocument(statements: readonly PolicyStatement[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: statements.map((s) => ({
      ...(s.sid ? { Sid: s.sid } : {}),
      Effect: s.effect ?? 'Allow',
      ...(s.principal ? { Principal: s.principal } : {}),
      Action: s.actions.length === 1 ? s.actions[0] : s.actions,
      Resource: !s.resources ? '*' : s.resources.length === 1 ? s.resources[0] : s.resources,
      ...(s.conditions ? { Condition: s.conditions } : {}),
    })),
  });
}

/** A trust policy letting one AWS service assume a role, limited to roles of `account` (confused-deputy guard). */
export function serviceTrustPolicy(service: string, account: string): string {
  return policyDocument([
    {
      principal: { Service: service },
      actions: ['sts:AssumeRole'],
      conditions: { StringEquals: { 'aws:SourceAccount': account } },
    },
  ]);
}

/**
 * Rejects statements an identity policy must never hold: an `Allow` of every action (`*`, `*:*`) on every
 * resource, and statements without actions or resources. `where` names the construct for the message.
 */
export function assertLeastPrivilege(where: string, statements: readonly PolicyStatement[]): void {
  statements.forEach((s, i) => {
    const label = `${where}: statement ${i}${s.sid ? ` (${s.sid})` : ''}`;
    if (s.actions.length === 0)
      throw new Error(
        `${label} has no actions; list the API actions the service calls, e.g. 's3:GetObject'.`,
      );
    if (!s.resources || s.resources.length === 0) {
      throw new Error(
        `${label} has no resources; list the ARNs it acts on, e.g. the bucket ARN and '<bucket ARN>/*'.`,
      );
    }
    const allActions = s.actions.some((a) => a === '*' || a === '*:*');
    const allResources = s.resources.some((r) => r === '*');
    if ((s.effect ?? 'Allow') === 'Allow' && allActions && allResources) {
      throw new Error(
        `${label} allows action '*' on resource '*'; name the actions and resources the service needs.`,
      );
    }
  });
}
