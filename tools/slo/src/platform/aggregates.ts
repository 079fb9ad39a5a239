import type { Knex } from 'knex';
import type { SloGroupBy } from './types';

/**
 * The portal's table of commit times (created by the portal's migrations in plugins/stratum-backend), which lead
 * time needs: the ledger itself does not record when a commit was made.
 */
export const PORTAL_COMMITS_TABLE = 'stratum_portal_commits';

/** PostgreSQL returns bigint columns and counts as strings; SQLite returns numbers. */
type DbNumber = number | string | bigint;
const num = (value: DbNumber): number => (typeof value === 'number' ? value : Number(value));
const numOrNull = (value: DbNumber | null | undefined): number | null =>
  value === null || value === undefined ? null : num(value);

/** What to aggregate: deploy runs that started in `[since, until)`, in one environment or all. */
export interface SloScope {
  readonly env?: string;
  readonly since: number;
  readonly until: number;
  /** null: one group `*` for everything. */
  readonly groupBy: SloGroupBy | null;
  /**
   * Project → its group (by `groupBy`: layer, owner or service), for owner and service groups and drift findings;
   * projects not here are `unknown`.
   */
  readonly projectGroups: ReadonlyMap<string, string>;
  /**
   * The table of commit times (`git_sha`, `committed_at`) lead time joins, e.g. `PORTAL_COMMITS_TABLE`; without
   * one, lead time has no samples.
   */
  readonly commitsTable?: string;
}

/** Durations of one group: nearest-rank percentiles and how many samples exceed the objective. */
export interface DurationStats {
  readonly n: number;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly over: number;
}

/** The raw numbers behind the SLOs of one group. */
export interface GroupAggregates {
  readonly finished: number;
  readonly succeeded: number;
  readonly rolledBack: number;
  readonly leadTime: DurationStats;
  readonly rollbackTime: DurationStats;
  /** Failure streaks (a failed run whose predecessor succeeded or is the first), recovered or not. */
  readonly incidents: number;
  readonly recovered: number;
  readonly restoreTotalMs: number;
  readonly slowRestores: number;
  readonly driftChecks: number;
  readonly drifted: number;
}

export const OVERALL = '*';
const EMPTY_DURATIONS: DurationStats = { n: 0, p50: null, p90: null, over: 0 };

interface Sql {
  readonly text: string;
  readonly bindings: readonly (string | number)[];
}

/** The CTEs every query starts with: `project_groups(project, grp)`, `scoped` runs and `run_groups(run_id, grp)`. */
function baseCtes(scope: SloScope, kind: 'deploy' | 'drift'): Sql {
  const bindings: (string | number)[] = [];
  const pairs = [...scope.projectGroups];
  let projectGroups = 'select null, null where 1 = 0';
  if (pairs.length > 0) {
    projectGroups = `values ${pairs.map(() => '(?, ?)').join(', ')}`;
    for (const [project, grp] of pairs) bindings.push(project, grp);
  }
  let scoped = `select r.* from runs r where r.kind = ? and r.status <> 'running' and r.started_at >= ? and r.started_at < ?`;
  bindings.push(kind, scope.since, scope.until);
  if (scope.env !== undefined) {
    scoped += ' and r.env = ?';
    bindings.push(scope.env);
  }
  // Every scoped run counts once for the overall group `*` and, when grouped, once for each layer, owner or service
  // it touched.
  let runGroups = `select s.id as run_id, '${OVERALL}' as grp from scoped s`;
  if (scope.groupBy === 'layer') {
    runGroups +=
      ' union all select distinct e.run_id, e.layer as grp from scoped s join stack_events e on e.run_id = s.id';
  } else if (scope.groupBy !== null) {
    runGroups +=
      " union all select distinct e.run_id, coalesce(pg.grp, 'unknown') as grp from scoped s join stack_events e on e.run_id = s.id " +
      'left join project_groups pg on pg.project = e.project';
  }
  return {
    text: `with project_groups(project, grp) as (${projectGroups}), scoped as materialized (${scoped}), run_groups as materialized (${runGroups})`,
    bindings,
  };
}

type Row = Record<string, DbNumber | string | null>;

async function query(
  knex: Knex,
  sql: Sql,
  tail: string,
  extra: readonly (string | number)[] = [],
): Promise<Row[]> {
  const result = await knex.raw(`${sql.text} ${tail}`, [...sql.bindings, ...extra]);
  // better-sqlite3 returns the rows; pg returns { rows }.
  return (Array.isArray(result) ? result : (result as { rows: Row[] }).rows) as Row[];
}

/**
 * Nearest-rank percentiles (rank ceil(p·n), in integer arithmetic) per metric and group of `joined(metric, grp, v)`,
 * a query that reaches `runs` and `stack_events` only through their primary keys.
 */
function durationTail(joined: string): string {
  return `, joined as (${joined}),
    ranked as (select metric, grp, v,
                 row_number() over (partition by metric, grp order by v) as rn, count(*) over (partition by metric, grp) as n
               from joined where v is not null)
    select metric, grp, max(n) as n,
      max(case when rn = (n * 50 + 99) / 100 then v end) as p50,
      max(case when rn = (n * 90 + 99) / 100 then v end) as p90,
      sum(case when v > (case when metric = 'lead' then cast(? as bigint) else cast(? as bigint) end) then 1 else 0 end) as over_objective
    from ranked group by metric, grp`;
}

function durations(rows: Row[], metric: string): Map<string, DurationStats> {
  return new Map(
    rows
      .filter((row) => row.metric === metric)
      .map((row) => [
        String(row.grp),
        {
          n: num(row.n as DbNumber),
          p50: numOrNull(row.p50 as DbNumber | null),
          p90: numOrNull(row.p90 as DbNumber | null),
          over: num((row.over_objective ?? 0) as DbNumber),
        },
      ]),
  );
}

/**
 * Lead time samples (`metric, grp, v` rows followed by `union all`), or nothing without a commits table: commit time
 * to the end of the commit's FIRST successful deploy run to each environment. A later successful run of the same sha
 * to the same environment (a re-run, a redeploy) ships nothing new and is no sample, even when the first one lies
 * before the window. `firsts` finds, for the shas the window deployed, the earliest successful start per environment
 * over the whole ledger, through the portal's `runs(git_sha, env, started_at)` index (two runs of one sha starting in
 * the same millisecond would both count).
 */
function leadTimeRows(commitsTable: string | undefined): string {
  if (commitsTable === undefined) return '';
  if (!/^[a-z_][a-z0-9_]*$/.test(commitsTable)) throw new Error(`Not a table name: ${commitsTable}`);
  return `select 'lead' as metric, g.grp, r.finished_at - c.committed_at as v
       from run_groups g join runs r on r.id = g.run_id join ${commitsTable} c on c.git_sha = r.git_sha
       join (select p.git_sha, p.env, min(p.started_at) as first_started from runs p
             where p.git_sha in (select s.git_sha from scoped s where s.status = 'succeeded')
               and p.kind = 'deploy' and p.status = 'succeeded'
             group by p.git_sha, p.env) f
         on f.git_sha = r.git_sha and f.env = r.env and f.first_started = r.started_at
       where r.status = 'succeeded' and c.committed_at is not null and r.finished_at is not null
       union all`;
}

/** Objective thresholds (ms) that decide which durations spend error budget. */
export interface DurationThresholds {
  readonly leadTime: number;
  readonly rollbackTime: number;
  readonly mttr: number;
}

/**
 * Every aggregate behind the platform SLOs, per group (`*` when not grouped): five SQL statements over indexed
 * columns, each returning one row per group, so the cost does not grow with rows in JavaScript.
 */
export async function sloAggregates(
  knex: Knex,
  scope: SloScope,
  thresholds: DurationThresholds,
): Promise<Map<string, GroupAggregates>> {
  const deploy = baseCtes(scope, 'deploy');
  const incident = "status <> 'succeeded' and (prev_status is null or prev_status = 'succeeded')";
  const counts = await query(
    knex,
    deploy,
    `, ordered as (select g.grp, r.env, r.id, r.started_at, r.finished_at, r.status from run_groups g join runs r on r.id = g.run_id),
     marked as (
       select grp, status, finished_at,
         -- one ordering, newest first: lead() is the run before, the running min the next success after
         lead(status) over latest as prev_status,
         min(case when status = 'succeeded' then finished_at end) over (latest rows unbounded preceding) as recovered_at
       from ordered
       window latest as (partition by grp, env order by started_at desc, id desc))
     select grp, count(*) as finished,
       sum(case when status = 'succeeded' then 1 else 0 end) as succeeded,
       sum(case when status in ('rolled_back', 'rollback_failed') then 1 else 0 end) as rolled_back,
       sum(case when ${incident} then 1 else 0 end) as incidents,
       sum(case when ${incident} and recovered_at is not null then 1 else 0 end) as recovered,
       coalesce(sum(case when ${incident} then recovered_at - finished_at end), 0) as restore_total,
       sum(case when ${incident} and recovered_at - finished_at > ? then 1 else 0 end) as slow
     from marked group by grp`,
    [thresholds.mttr],
  );
  const durationRows = await query(
    knex,
    deploy,
    durationTail(
      `${leadTimeRows(scope.commitsTable)}
       select 'rollback' as metric, g.grp,
         (select max(case when e.status in ('rolled_back', 'rollback_failed') then e.at end)
            - coalesce(min(case when e.status = 'failed' then e.at end), min(case when e.status = 'rolling_back' then e.at end))
          from stack_events e where e.run_id = g.run_id) as v
       from run_groups g join runs r on r.id = g.run_id
       where r.status in ('rolled_back', 'rollback_failed')`,
    ),
    [thresholds.leadTime, thresholds.rollbackTime],
  );
  const lead = durations(durationRows, 'lead');
  const rollback = durations(durationRows, 'rollback');
  const drift = baseCtes(scope, 'drift');
  const [checks] = await query(knex, drift, 'select count(*) as checks from scoped');
  const drifted = await query(
    knex,
    drift,
    `select '${OVERALL}' as grp, count(distinct f.run_id) as drifted from drift_findings f join scoped s on s.id = f.run_id` +
      (scope.groupBy === null
        ? ''
        : ` union all select coalesce(pg.grp, 'unknown') as grp, count(distinct f.run_id) as drifted
            from drift_findings f join scoped s on s.id = f.run_id left join project_groups pg on pg.project = f.project
            group by coalesce(pg.grp, 'unknown')`),
  );

  const driftChecks = num((checks?.checks ?? 0) as DbNumber);
  const byGroup = (rows: Row[]) => new Map(rows.map((row) => [String(row.grp), row]));
  const countRows = byGroup(counts);
  const driftRows = byGroup(drifted);
  const keys = new Set([
    OVERALL,
    ...countRows.keys(),
    ...lead.keys(),
    ...rollback.keys(),
    ...driftRows.keys(),
  ]);
  const out = new Map<string, GroupAggregates>();
  for (const key of [...keys].sort()) {
    const c = countRows.get(key);
    out.set(key, {
      finished: num((c?.finished ?? 0) as DbNumber),
      succeeded: num((c?.succeeded ?? 0) as DbNumber),
      rolledBack: num((c?.rolled_back ?? 0) as DbNumber),
      leadTime: lead.get(key) ?? EMPTY_DURATIONS,
      rollbackTime: rollback.get(key) ?? EMPTY_DURATIONS,
      incidents: num((c?.incidents ?? 0) as DbNumber),
      recovered: num((c?.recovered ?? 0) as DbNumber),
      restoreTotalMs: num((c?.restore_total ?? 0) as DbNumber),
      slowRestores: num((c?.slow ?? 0) as DbNumber),
      driftChecks,
      drifted: num((driftRows.get(key)?.drifted ?? 0) as DbNumber),
    });
  }
  return out;
}
