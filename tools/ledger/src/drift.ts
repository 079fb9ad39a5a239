import { type DriftRow, pageSize, type StoreContext, toDrift } from './rows';
import type { DriftFinding, DriftQuery, NewDriftFinding } from './types';

/** Rows per insert statement (SQLite caps bound parameters per statement). */
const CHUNK = 100;

/** Records the findings of one drift check (a run of kind `drift`) in one transaction; returns how many. */
export async function recordDrift(
  ctx: StoreContext,
  runId: string,
  env: string,
  findings: readonly NewDriftFinding[],
): Promise<number> {
  if (findings.length === 0) return 0;
  const now = ctx.now();
  const rows: Omit<DriftRow, 'id'>[] = findings.map((f) => ({
    run_id: runId,
    env,
    project: f.project ?? null,
    stack: f.stack,
    resource_address: f.resourceAddress,
    attribute: f.attribute,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    found_at: f.foundAt?.getTime() ?? now,
  }));
  await ctx.knex.transaction(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK) await trx('drift_findings').insert(rows.slice(i, i + CHUNK));
  });
  return rows.length;
}

/** Drift findings of an environment, newest first, optionally of one check or one stack. */
export async function listDrift(ctx: StoreContext, query: DriftQuery): Promise<DriftFinding[]> {
  const limit = pageSize(ctx, 'listDrift limit', query.limit, 200, 1000);
  const q = ctx.knex<DriftRow>('drift_findings').where({ env: query.env }).orderBy('id', 'desc').limit(limit);
  if (query.runId !== undefined) q.where('run_id', query.runId);
  if (query.stack !== undefined) q.where('stack', query.stack);
  return (await q).map(toDrift);
}
