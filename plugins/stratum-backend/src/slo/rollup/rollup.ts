import { createHash } from 'node:crypto';
import type { DurationThresholds, GroupAggregates, SloScope } from '@stratum/slo';
import type { Knex } from 'knex';
import { num, type DbNumber } from '../../ledger/rows';
import { DAY_MS, daysOf, wholeDays, windowAggregates, type DayRow, type Tally } from './days';
import { readRunFacts, type ProjectMappings, type RollupDim, type RunFact } from './facts';
import { ROLLUP_DAYS_TABLE, ROLLUP_RUNS_TABLE, ROLLUP_STATE_TABLE } from './tables';

const STATE = 'platform';

export interface SloRollupOptions {
  /** The ledger the CLI writes (runs, stack events, drift findings). */
  readonly ledger: Knex;
  /** The portal's own database: the rollup tables and the commits table. */
  readonly portal: Knex;
  /** The table of commit times in the portal's database. */
  readonly commitsTable: string;
  /** Told when a background rebuild fails; the raw queries keep answering. */
  readonly onError?: (error: unknown) => void;
}

/** The workspace's project → group mappings, from the projects of the snapshot. */
export function projectMappings(
  projects: readonly { name: string; layer: string; owner?: string | null; service?: string | null }[],
  shared: string,
): ProjectMappings {
  return {
    layer: new Map(projects.map((p) => [p.name, p.layer])),
    owner: new Map(projects.map((p) => [p.name, p.owner ?? 'unowned'])),
    service: new Map(projects.map((p) => [p.name, p.service ?? shared])),
  };
}

function hashMappings(mappings: ProjectMappings): string {
  const text = JSON.stringify(
    Object.entries(mappings).map(([dim, map]) => [dim, [...map].sort(([a], [b]) => (a < b ? -1 : 1))]),
  );
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The platform SLO rollup: per-day tallies per dimension, group and environment, plus each run's facts for the
 * partial days at a window's ends, rebuilt from the ledger in the portal's database. A window then reads O(days)
 * rows. It answers only while it is fresh (the ledger's and the commit table's fingerprint, and the workspace's
 * project groups, are what it was built from); otherwise `aggregates` returns undefined (the caller runs the raw
 * queries) and a rebuild starts in the background.
 */
export class SloRollup {
  private building: Promise<void> | null = null;

  constructor(private readonly options: SloRollupOptions) {}

  /**
   * What the rollup depends on, from indexes only: the ledger never deletes runs and a finished run never changes,
   * so every write the rollup can see (a new run, a run leaving `running`, with its events and findings) changes the
   * number of runs or of running runs; drift findings and commit times are counted too.
   */
  async fingerprint(): Promise<string> {
    const { ledger, portal, commitsTable } = this.options;
    const [runs] = await ledger('runs').count({ n: '*' }).max({ max_id: 'id' });
    const [running] = await ledger('runs').where('status', 'running').count({ n: '*' });
    const [findings] = await ledger('drift_findings').count({ n: '*' }).max({ max_id: 'id' });
    const [commits] = await portal(commitsTable).count({ n: '*' }).count({ known: 'committed_at' });
    const norm = (row: Record<string, unknown> | undefined) =>
      Object.values(row ?? {}).map((v) => (v === null || v === undefined ? null : String(v)));
    return JSON.stringify([runs, running, findings, commits].map(norm));
  }

  /** Rebuilds every table of the rollup from the ledger, in one transaction of the portal's database. */
  async rebuild(mappings: ProjectMappings): Promise<void> {
    const { ledger, portal, commitsTable } = this.options;
    const before = await this.fingerprint();
    const commits: { git_sha: string; committed_at: DbNumber | null }[] = await portal(commitsTable).select(
      'git_sha',
      'committed_at',
    );
    const times = new Map(
      commits.map((c) => [c.git_sha, c.committed_at === null ? null : num(c.committed_at)]),
    );
    const facts = await readRunFacts(ledger, times, mappings);
    const days = daysOf(facts);
    await portal.transaction(async (trx) => {
      await trx(ROLLUP_STATE_TABLE).del();
      await trx(ROLLUP_DAYS_TABLE).del();
      await trx(ROLLUP_RUNS_TABLE).del();
      const runRows = facts.map((f) => ({
        id: f.id,
        env: f.env,
        started_at: f.startedAt,
        fact: JSON.stringify(f),
      }));
      await trx.batchInsert(ROLLUP_RUNS_TABLE, runRows, 500);
      const dayRows = days.map((d) => ({
        dim: d.dim,
        grp: d.grp,
        env: d.env,
        day: d.day,
        tally: JSON.stringify(d.tally),
      }));
      await trx.batchInsert(ROLLUP_DAYS_TABLE, dayRows, 500);
      // the fingerprint taken before reading: a run written meanwhile makes the rollup stale, never wrong
      await trx(ROLLUP_STATE_TABLE).insert({
        name: STATE,
        fingerprint: before,
        groups_hash: hashMappings(mappings),
        max_started_at: facts.reduce((max, f) => Math.max(max, f.startedAt), 0),
        built_at: Date.now(),
      });
    });
  }

  /** Starts a rebuild unless one is running; resolves when it is done (errors go to `onError`). */
  refresh(mappings: ProjectMappings): Promise<void> {
    this.building ??= this.rebuild(mappings)
      .catch((error) => this.options.onError?.(error))
      .finally(() => {
        this.building = null;
      });
    return this.building;
  }

  /** Resolves once no rebuild is running (before the databases close). */
  async idle(): Promise<void> {
    await this.building;
  }

  /** True when the rollup was built from the ledger as it is now and from these project groups. */
  async isFresh(mappings: ProjectMappings, until = Number.POSITIVE_INFINITY): Promise<boolean> {
    const state = await this.options.portal(ROLLUP_STATE_TABLE).where({ name: STATE }).first();
    if (!state || state.groups_hash !== hashMappings(mappings)) return false;
    // recovery looks at every later run of the ledger; a window that ends before the last start needs the raw query
    if (num(state.max_started_at as DbNumber) >= until) return false;
    return state.fingerprint === (await this.fingerprint());
  }

  /**
   * The aggregates of @stratum/slo's `sloAggregates` for `scope` from the rollup, or undefined when it is stale (a
   * rebuild is then started in the background).
   */
  async aggregates(
    scope: SloScope,
    thresholds: DurationThresholds,
    mappings: ProjectMappings,
  ): Promise<Map<string, GroupAggregates> | undefined> {
    if (!(await this.isFresh(mappings, scope.until))) {
      void this.refresh(mappings);
      return undefined;
    }
    const dim: RollupDim = scope.groupBy ?? 'none';
    const dims = dim === 'none' ? ['none'] : ['none', dim];
    const whole = wholeDays(scope.since, scope.until);
    const facts = async (from: number, to: number): Promise<RunFact[]> => {
      if (from >= to) return [];
      const q = this.options
        .portal(ROLLUP_RUNS_TABLE)
        .select('fact')
        .where('started_at', '>=', from)
        .where('started_at', '<', to)
        .orderBy([{ column: 'started_at' }, { column: 'id' }]);
      if (scope.env !== undefined) q.where('env', scope.env);
      return ((await q) as { fact: string }[]).map((r) => JSON.parse(r.fact) as RunFact);
    };
    let days: DayRow[] = [];
    if (whole) {
      const q = this.options
        .portal(ROLLUP_DAYS_TABLE)
        .select('dim', 'grp', 'env', 'day', 'tally')
        .whereIn('dim', dims)
        .where('day', '>=', whole.from)
        .where('day', '<', whole.to);
      if (scope.env !== undefined) q.where('env', scope.env);
      days = ((await q) as { dim: RollupDim; grp: string; env: string; day: DbNumber; tally: string }[]).map(
        (r) => ({ dim: r.dim, grp: r.grp, env: r.env, day: num(r.day), tally: JSON.parse(r.tally) as Tally }),
      );
    }
    const head = await facts(scope.since, whole ? whole.from * DAY_MS : scope.until);
    const tail = whole ? await facts(whole.to * DAY_MS, scope.until) : [];
    return windowAggregates({ head, days, tail }, dim, thresholds);
  }
}
