import { pageSize, type StoreContext } from './rows';

/** One policy finding on a deployed stack's state, as `stratum compliance` records it. */
export interface NewComplianceFinding {
  readonly project: string;
  readonly stack: string;
  readonly service: string | null;
  readonly owner: string;
  readonly rule: string;
  readonly checkov: string | null;
  readonly severity: string;
  readonly resourceAddress: string;
  readonly resourceId: string | null;
  readonly message: string;
}

export interface ComplianceFinding extends NewComplianceFinding {
  readonly id: number;
  readonly runId: string;
  readonly env: string;
  /** ISO-8601 (UTC). */
  readonly foundAt: string;
}

export interface ComplianceQuery {
  readonly env: string;
  /** One run's findings; default: the newest finished compliance run of `env`. */
  readonly runId?: string;
  readonly owner?: string;
  /** @default 500, at most 5000 */
  readonly limit?: number;
}

interface ComplianceRow {
  id: number;
  run_id: string;
  env: string;
  project: string;
  stack: string;
  service: string | null;
  owner: string;
  rule: string;
  checkov: string | null;
  severity: string;
  resource_address: string;
  resource_id: string | null;
  message: string;
  found_at: number | string;
}

const CHUNK = 50;

export async function recordComplianceFindings(
  ctx: StoreContext,
  runId: string,
  env: string,
  findings: readonly NewComplianceFinding[],
): Promise<number> {
  if (findings.length === 0) return 0;
  const now = ctx.now();
  const rows = findings.map((f) => ({
    run_id: runId,
    env,
    project: f.project,
    stack: f.stack,
    service: f.service,
    owner: f.owner,
    rule: f.rule,
    checkov: f.checkov,
    severity: f.severity,
    resource_address: f.resourceAddress,
    resource_id: f.resourceId,
    message: f.message,
    found_at: now,
  }));
  await ctx.knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK)
      await trx('compliance_findings').insert(rows.slice(i, i + CHUNK));
  });
  return rows.length;
}

/** The findings of one compliance run (by default the newest finished one of the environment), by owner then stack. */
export async function listComplianceFindings(
  ctx: StoreContext,
  query: ComplianceQuery,
): Promise<{ runId: string | null; findings: ComplianceFinding[] }> {
  const limit = pageSize(ctx, 'listComplianceFindings limit', query.limit, 500, 5000);
  let runId = query.runId ?? null;
  if (runId === null) {
    const newest = await ctx
      .knex('runs')
      .where({ env: query.env, kind: 'compliance' })
      .whereNot('status', 'running')
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .first('id');
    runId = (newest?.id as string | undefined) ?? null;
  }
  if (runId === null) return { runId: null, findings: [] };
  const q = ctx
    .knex<ComplianceRow>('compliance_findings')
    .where({ env: query.env, run_id: runId })
    .orderBy([{ column: 'owner' }, { column: 'stack' }, { column: 'resource_address' }, { column: 'rule' }])
    .limit(limit);
  if (query.owner !== undefined) q.where('owner', query.owner);
  return { runId, findings: (await q).map(toFinding) };
}

function toFinding(row: ComplianceRow): ComplianceFinding {
  return {
    id: row.id,
    runId: row.run_id,
    env: row.env,
    project: row.project,
    stack: row.stack,
    service: row.service,
    owner: row.owner,
    rule: row.rule,
    checkov: row.checkov,
    severity: row.severity,
    resourceAddress: row.resource_address,
    resourceId: row.resource_id,
    message: row.message,
    foundAt: new Date(Number(row.found_at)).toISOString(),
  };
}
