import { POLICY_SUPPRESSIONS_KEY } from '@stratum/constructs';
import { STATEFUL_DESTROY_EXCEPTION } from '@stratum/policy';

/**
 * The policy rule a resource's suppression names to allow destroying it although it holds data:
 * `suppressPolicy(db, { rule: STATEFUL_DESTROY_RULE, reason, owner, expires })`.
 */
export const STATEFUL_DESTROY_RULE = STATEFUL_DESTROY_EXCEPTION;

/** Resource types whose destroy loses data, and what is lost. */
const STATEFUL_TYPES: Readonly<Record<string, string>> = {
  aws_db_instance: 'the database and its data (automated backups go with it)',
  aws_rds_cluster: 'the database cluster and its data',
  aws_dynamodb_table: 'the table and its items',
  aws_elasticache_cluster: 'the cache cluster and its data',
  aws_elasticache_replication_group: 'the cache replication group and its data',
  aws_docdb_cluster: 'the document database cluster and its data',
  aws_redshift_cluster: 'the warehouse cluster and its data',
  aws_opensearch_domain: 'the search domain and its indices',
  aws_s3_bucket: 'the bucket and every object in it',
  aws_efs_file_system: 'the file system and its files',
  aws_ebs_volume: 'the volume and its data',
  aws_kms_key: 'the key (after its deletion window); data encrypted with it can no longer be decrypted',
  aws_secretsmanager_secret: 'the secret and its versions (after the recovery window)',
};

/** One resource of a destroyed stack that holds data. */
export interface StatefulResource {
  readonly stack: string;
  /** Terraform address, e.g. `aws_db_instance.orders`. */
  readonly address: string;
  readonly type: string;
  /** What the destroy loses, in words. */
  readonly lost: string;
  /** The exception that allows it (`STRAT-DESTROY-001` suppression), when one is in force. */
  readonly exception?: { readonly reason: string; readonly owner: string; readonly expires: string };
}

/**
 * The stateful resources in a stack's Terraform JSON (its `resource` block), each with the exception that allows
 * its destroy when the resource carries a valid, unexpired `STRAT-DESTROY-001` suppression.
 */
export function statefulResources(stack: string, json: string, today = new Date()): StatefulResource[] {
  const parsed = JSON.parse(json) as { resource?: Record<string, Record<string, unknown>> };
  const out: StatefulResource[] = [];
  for (const [type, byName] of Object.entries(parsed.resource ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    const lost = STATEFUL_TYPES[type];
    if (!lost) continue;
    for (const [name, body] of Object.entries(byName).sort(([a], [b]) => a.localeCompare(b))) {
      const exception = destroyException(body, today);
      out.push({ stack, address: `${type}.${name}`, type, lost, ...(exception ? { exception } : {}) });
    }
  }
  return out;
}

function destroyException(body: unknown, today: Date): StatefulResource['exception'] {
  const comment = (body as Record<string, unknown> | null)?.['//'] as Record<string, unknown> | undefined;
  const entry = (comment?.[POLICY_SUPPRESSIONS_KEY] as Record<string, unknown> | undefined)?.[
    STATEFUL_DESTROY_RULE
  ] as Record<string, unknown> | undefined;
  if (!entry) return undefined;
  const { reason, owner, expires } = entry;
  if (typeof reason !== 'string' || !reason.trim()) return undefined;
  if (typeof owner !== 'string' || !owner.trim()) return undefined;
  if (typeof expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(expires)) return undefined;
  if (expires < today.toISOString().slice(0, 10)) return undefined;
  return { reason, owner, expires };
}

/**
 * Why a destroy must not start: one line per stateful resource that has no exception, unless `allowed`
 * (`--allow-stateful-destroy`). Empty means it may go ahead.
 */
export function statefulRefusals(resources: readonly StatefulResource[], allowed: boolean): string[] {
  if (allowed) return [];
  return resources
    .filter((r) => !r.exception)
    .map(
      (r) =>
        `${r.stack}: ${r.address} holds data; destroying it loses ${r.lost}. Pass --allow-stateful-destroy, or give the ` +
        `resource a ${STATEFUL_DESTROY_RULE} suppression (reason, owner, expiry) before deleting the project.`,
    );
}

/** What a destroy loses, one line per stateful resource, for the report. */
export function lossNotes(resources: readonly StatefulResource[]): string[] {
  return resources.map(
    (r) =>
      `${r.stack}: destroying ${r.address} loses ${r.lost}` +
      (r.exception
        ? ` (allowed by ${STATEFUL_DESTROY_RULE}: ${r.exception.reason}, ${r.exception.owner}).`
        : '.'),
  );
}
