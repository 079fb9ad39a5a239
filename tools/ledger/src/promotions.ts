import { pageSize, type PromotionRow, type StoreContext, toPromotion } from './rows';
import type { NewPromotion, Promotion, PromotionQuery } from './types';

export async function recordPromotion(ctx: StoreContext, input: NewPromotion): Promise<Promotion> {
  const row: Omit<PromotionRow, 'id'> = {
    from_env: input.fromEnv,
    to_env: input.toEnv,
    git_sha: input.gitSha,
    run_id: input.runId,
    approved_by: input.approvedBy ?? null,
    at: input.at?.getTime() ?? ctx.now(),
  };
  const [inserted] = await ctx.knex('promotions').insert(row, ['id']);
  const id =
    typeof inserted === 'object' && inserted !== null ? (inserted as { id: number | string }).id : inserted;
  return toPromotion({ ...row, id: id ?? 0 });
}

/** Promotions, newest first, optionally into one environment. */
export async function listPromotions(ctx: StoreContext, query: PromotionQuery = {}): Promise<Promotion[]> {
  const limit = pageSize(ctx, 'listPromotions limit', query.limit, 50, 500);
  const q = ctx.knex<PromotionRow>('promotions').orderBy('id', 'desc').limit(limit);
  if (query.toEnv !== undefined) q.where('to_env', query.toEnv);
  return (await q).map(toPromotion);
}
