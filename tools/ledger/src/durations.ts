import type { StoreContext } from './rows';

/** How far back measured apply times are read. */
const WINDOW_MS = 90 * 24 * 3600 * 1000;
/** Stacks per query (SQLite caps bound parameters per statement). */
const CHUNK = 400;

/**
 * The mean measured time (ms) from `planning` to `succeeded` of each of `stacks` in `env` over the last 90
 * days: what a scheduler needs to start the longest remaining path first. Stacks without history are absent.
 */
export async function applyDurations(
  ctx: StoreContext,
  env: string,
  stacks: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const since = ctx.now() - WINDOW_MS;
  for (let i = 0; i < stacks.length; i += CHUNK) {
    const rows = (await ctx
      .knex('stack_events as s')
      .join('stack_events as p', function joinPlanning() {
        this.on('p.run_id', '=', 's.run_id').andOn('p.stack', '=', 's.stack');
      })
      .where('s.env', env)
      .where('s.status', 'succeeded')
      .where('p.status', 'planning')
      .where('s.at', '>=', since)
      .whereIn('s.stack', stacks.slice(i, i + CHUNK))
      .groupBy('s.stack')
      .select('s.stack as stack')
      .avg({ ms: ctx.knex.raw('s.at - p.at') })) as { stack: string; ms: number | string | null }[];
    for (const row of rows) {
      const ms = Number(row.ms);
      if (Number.isFinite(ms) && ms >= 0) out.set(row.stack, ms);
    }
  }
  return out;
}
