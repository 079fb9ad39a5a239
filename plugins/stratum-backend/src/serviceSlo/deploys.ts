import type { ServiceSloDeploy } from '@stratum/plugin-stratum-common';
import type { Knex } from 'knex';
import { num, toRun, type DbNumber, type RunRow } from '../ledger/rows';

/** Stack statuses that mean the run applied (or tried to apply, or rolled back) the stack: it changed the service. */
const APPLIED = ['applying', 'succeeded', 'failed', 'rolling_back', 'rolled_back', 'rollback_failed'];
/** Markers on one chart; a window with more deploys than this shows the latest ones. */
const MAX_DEPLOYS = 500;

export interface DeployScope {
  /** The service's projects. */
  readonly projects: readonly string[];
  readonly since: number;
  readonly until: number;
  readonly env?: string;
}

/**
 * Deploys and rollbacks that started in [since, until] and applied one of `projects`, oldest first, each with the
 * projects it applied: one query for the runs (the stack_events project index) and one for their projects.
 */
export async function deploysTouching(knex: Knex, scope: DeployScope): Promise<ServiceSloDeploy[]> {
  if (scope.projects.length === 0) return [];
  const q = knex<RunRow>('runs as r')
    .select('r.*')
    .whereIn('r.kind', ['deploy', 'rollback'])
    .where('r.started_at', '>=', scope.since)
    .where('r.started_at', '<=', scope.until)
    .whereExists((sub) => {
      sub
        .select(knex.raw('1'))
        .from('stack_events as e')
        .whereRaw('e.run_id = r.id')
        .whereIn('e.project', [...scope.projects])
        .whereIn('e.status', APPLIED);
    })
    .orderBy('r.started_at', 'desc')
    .limit(MAX_DEPLOYS);
  if (scope.env !== undefined) q.where('r.env', scope.env);
  const rows: RunRow[] = await q;
  if (rows.length === 0) return [];
  const touched = (await knex('stack_events')
    .distinct('run_id', 'project')
    .whereIn(
      'run_id',
      rows.map((r) => r.id),
    )
    .whereIn('project', [...scope.projects])
    .whereIn('status', APPLIED)) as { run_id: string; project: string }[];
  const byRun = new Map<string, string[]>();
  for (const row of touched) byRun.set(row.run_id, [...(byRun.get(row.run_id) ?? []), row.project]);
  return rows
    .sort((a, b) => num(a.started_at as DbNumber) - num(b.started_at as DbNumber) || a.id.localeCompare(b.id))
    .map((row) => {
      const run = toRun(row);
      return {
        runId: run.id,
        kind: run.kind,
        env: run.env,
        status: run.status,
        gitSha: run.gitSha,
        actor: run.actor,
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        projects: [...(byRun.get(run.id) ?? [])].sort(),
      };
    });
}
