import {
  type ApprovalRow,
  invalid,
  pageSize,
  type RunRow,
  type StoreContext,
  toApproval,
  toRun,
} from './rows';
import type { Approval, ApprovalQuery, BreakGlassQuery, NewApproval, RunRecord } from './types';

const SIGNATURE = /^-----BEGIN SSH SIGNATURE-----\n[\s\S]+\n-----END SSH SIGNATURE-----\n?$/;

/** Stores an approval as signed; it is verified by whoever counts it, never here. */
export async function recordApproval(ctx: StoreContext, input: NewApproval): Promise<Approval> {
  if (!SIGNATURE.test(input.signature)) {
    throw invalid(
      ctx,
      `The approval of ${input.gitSha} for ${input.env} by ${input.approver} has no armored SSH signature; sign it with \`stratum approve\`.`,
    );
  }
  const row: Omit<ApprovalRow, 'id'> = {
    env: input.env,
    git_sha: input.gitSha,
    run_id: input.runId ?? null,
    approver: input.approver,
    signature: input.signature,
    signed_at: input.signedAt.getTime(),
    recorded_at: input.recordedAt?.getTime() ?? ctx.now(),
    via: input.via ?? null,
  };
  const [inserted] = await ctx.knex('approvals').insert(row, ['id']);
  const id =
    typeof inserted === 'object' && inserted !== null ? (inserted as { id: number | string }).id : inserted;
  return toApproval({ ...row, id: id ?? 0 });
}

/** Approvals, oldest first, filtered by environment, sha and break-glass run. */
export async function listApprovals(ctx: StoreContext, query: ApprovalQuery = {}): Promise<Approval[]> {
  const limit = pageSize(ctx, 'listApprovals limit', query.limit, 100, 500);
  const q = ctx.knex<ApprovalRow>('approvals').orderBy('id', 'asc').limit(limit);
  if (query.env !== undefined) q.where('env', query.env);
  if (query.gitSha !== undefined) q.where('git_sha', query.gitSha);
  if (query.runId === null) q.whereNull('run_id');
  else if (query.runId !== undefined) q.where('run_id', query.runId);
  return (await q).map(toApproval);
}

/** Break-glass deploy runs, newest first. */
export async function listBreakGlassRuns(
  ctx: StoreContext,
  query: BreakGlassQuery = {},
): Promise<RunRecord[]> {
  const limit = pageSize(ctx, 'listBreakGlassRuns limit', query.limit, 50, 500);
  const q = ctx.knex<RunRow>('runs').whereNotNull('break_glass_reason').orderBy('id', 'desc').limit(limit);
  if (query.env !== undefined) q.where('env', query.env);
  return (await q).map(toRun);
}
