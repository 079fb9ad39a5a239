import type { Knex } from 'knex';
import type { RunKind, RunPage, RunStatus } from '@stratum/plugin-stratum-common';
import { toRun, type RunRow } from './rows';

export interface OwnerRunsQuery {
  /** The projects whose stack events make a run count as the owner's. */
  readonly projects: readonly string[];
  readonly env?: string;
  readonly status?: RunStatus;
  readonly kind?: RunKind;
  readonly limit: number;
  readonly cursor?: string;
}

/**
 * Runs that touched any of `projects` (an owner's projects), newest first, keyset-paginated on the time-ordered run
 * id like the ledger's `listRuns`: each page is an index range scan on `runs` plus a primary-key probe of
 * `stack_events` per candidate run, however deep the page.
 */
export async function listRunsTouching(knex: Knex, query: OwnerRunsQuery): Promise<RunPage> {
  if (query.projects.length === 0) return { runs: [], nextCursor: null };
  const q = knex<RunRow>('runs as r')
    .select('r.*')
    .whereExists((sub) => {
      sub
        .select(knex.raw('1'))
        .from('stack_events as e')
        .whereRaw('e.run_id = r.id')
        .whereIn('e.project', [...query.projects]);
    })
    .orderBy('r.id', 'desc')
    .limit(query.limit + 1);
  if (query.env !== undefined) q.where('r.env', query.env);
  if (query.status !== undefined) q.where('r.status', query.status);
  if (query.kind !== undefined) q.where('r.kind', query.kind);
  if (query.cursor !== undefined) q.where('r.id', '<', query.cursor);
  const rows: RunRow[] = await q;
  const page = rows.slice(0, query.limit).map(toRun);
  return { runs: page, nextCursor: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null };
}
