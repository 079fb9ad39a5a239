import type { Knex } from 'knex';
import { type DbNumber, invalid, num, type StoreContext } from './rows';
import type { LedgerStats, PruneOptions, PruneResult } from './types';

/** How many deployments of each stack keep their artifacts when nothing else is said. */
export const DEFAULT_KEEP_DEPLOYMENTS = 10;
const CHUNK = 500;

/**
 * Hashes the last `keep` deployments of every stack in every environment need, plus one more per stack: what
 * rolling back the oldest of them puts back. Destroys (null hashes) count as deployments.
 */
function keptByDeployments(knex: Knex, keep: number): Knex.QueryBuilder {
  const ranked = knex('stack_deployments').select(
    'artifact_hash',
    knex.raw('row_number() over (partition by env, stack order by id desc) as rn'),
  );
  return knex
    .from(ranked.as('ranked'))
    .where('rn', '<=', keep + 1)
    .whereNotNull('artifact_hash')
    .select('artifact_hash');
}

/**
 * Run statuses whose applies may still be undone by `stratum rollback --run`: the run is in progress, was cut
 * short (its own rollback never ran), or its rollback failed.
 */
const AWAITING_ROLLBACK = ['running', 'interrupted', 'rollback_failed'] as const;

/**
 * Hashes any event of a run that may still be rolled back names (its applies, and what its rollback needs),
 * until a rollback run that targeted it (`base_ref`) has rolled it back.
 */
function keptByRunsAwaitingRollback(knex: Knex): Knex.QueryBuilder {
  const rolledBack = knex('runs as rb')
    .where('rb.kind', 'rollback')
    .where('rb.status', 'rolled_back')
    .whereNotNull('rb.base_ref')
    .select('rb.base_ref');
  return knex('stack_events')
    .join('runs', 'runs.id', 'stack_events.run_id')
    .whereIn('runs.status', [...AWAITING_ROLLBACK])
    .whereNotIn('runs.id', rolledBack)
    .whereNotNull('stack_events.artifact_hash')
    .select('stack_events.artifact_hash');
}

/** Artifacts that may go: not pruned yet, needed by no kept deployment or run awaiting rollback, not stored since one started. */
function prunable(knex: Knex, keep: number, unfinishedSince: number | null) {
  return (query: Knex.QueryBuilder): Knex.QueryBuilder => {
    query
      .whereNull('pruned_at')
      .whereNotIn('hash', keptByDeployments(knex, keep))
      .whereNotIn('hash', keptByRunsAwaitingRollback(knex));
    if (unfinishedSince !== null) query.where('used_at', '<', unfinishedSince);
    return query;
  };
}

function byteLength(ctx: StoreContext): string {
  return ctx.target.dialect === 'postgres' ? 'octet_length(content)' : 'length(content)';
}

/**
 * Drops the content of artifacts no recent deployment needs: everything but what the last `keep` deployments
 * of each stack and every run that may still be rolled back (running, interrupted, rollback failed) need. The rows stay (deployments and events keep their hashes), so a
 * pruned artifact reads as missing and is stored again when a run needs it again.
 */
export async function pruneArtifacts(ctx: StoreContext, options: PruneOptions = {}): Promise<PruneResult> {
  const { keep = DEFAULT_KEEP_DEPLOYMENTS, dryRun = false } = options;
  if (!Number.isInteger(keep) || keep < 1 || keep > 10_000) {
    throw invalid(ctx, `keep must be a whole number of deployments from 1 to 10000, got ${String(keep)}.`);
  }
  const now = ctx.now();
  return ctx.knex.transaction(async (trx) => {
    const oldest = await trx('runs')
      .where({ status: 'running' })
      .min<{ since: DbNumber | null }>({ since: 'started_at' })
      .first();
    const since = oldest?.since === null || oldest?.since === undefined ? null : num(oldest.since);
    const filter = prunable(trx, keep, since);
    const rows = await filter(trx('artifacts')).select<{ hash: string; size: DbNumber; stored: DbNumber }[]>(
      'hash',
      'size',
      trx.raw(`${byteLength(ctx)} as stored`),
    );
    const hashes = rows.map((r) => r.hash).sort();
    if (!dryRun) {
      for (let i = 0; i < hashes.length; i += CHUNK) {
        await filter(trx('artifacts').whereIn('hash', hashes.slice(i, i + CHUNK))).update({
          content: Buffer.alloc(0),
          pruned_at: now,
        });
      }
    }
    return {
      keep,
      dryRun,
      pruned: hashes.length,
      storedBytes: rows.reduce((sum, r) => sum + num(r.stored), 0),
      contentBytes: rows.reduce((sum, r) => sum + num(r.size), 0),
      hashes,
    };
  });
}

async function count(query: Knex.QueryBuilder): Promise<number> {
  const row = (await query.count<{ n: DbNumber }[]>({ n: '*' }))[0];
  return row ? num(row.n) : 0;
}

/** How big the ledger is: runs, events, deployments, and artifacts stored and pruned with their bytes. */
export async function ledgerStats(ctx: StoreContext): Promise<LedgerStats> {
  const { knex } = ctx;
  const stored = await knex('artifacts')
    .whereNull('pruned_at')
    .first<{ n: DbNumber; stored: DbNumber | null; size: DbNumber | null }>(
      knex.raw('count(*) as n'),
      knex.raw(`sum(${byteLength(ctx)}) as stored`),
      knex.raw('sum(size) as size'),
    );
  return {
    runs: await count(knex('runs')),
    unfinishedRuns: await count(knex('runs').where({ status: 'running' })),
    events: await count(knex('stack_events')),
    deployments: await count(knex('stack_deployments')),
    artifacts: {
      stored: num(stored?.n ?? 0),
      pruned: await count(knex('artifacts').whereNotNull('pruned_at')),
      storedBytes: num(stored?.stored ?? 0),
      contentBytes: num(stored?.size ?? 0),
    },
  };
}
