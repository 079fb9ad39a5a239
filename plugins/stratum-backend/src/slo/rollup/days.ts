import type { DurationStats, DurationThresholds, GroupAggregates } from '@stratum/slo';
import { ROLLUP_DIMS, type RollupDim, type RunFact, type SequencePlace } from './facts';

export const DAY_MS = 86_400_000;

/** The first deploy run of a (group, environment) in a stretch of time, with its place in the whole sequence. */
interface FirstRun extends SequencePlace {
  readonly status: string;
  readonly finishedAt: number | null;
}

/** Additive SLO numbers of one (dimension, group, environment) over a stretch of time (a day, or some runs). */
export interface Tally {
  finished: number;
  succeeded: number;
  rolledBack: number;
  /** Incidents by the whole-ledger sequence; the window's first run is corrected for in `windowAggregates`. */
  incidents: number;
  recovered: number;
  restores: number[];
  lead: number[];
  rollback: number[];
  driftChecks: number;
  drifted: number;
  first: FirstRun | null;
}

/** One rollup row: a day (UTC, `floor(started_at / DAY_MS)`) of one dimension, group and environment. */
export interface DayRow {
  readonly dim: RollupDim;
  readonly grp: string;
  readonly env: string;
  readonly day: number;
  readonly tally: Tally;
}

const emptyTally = (): Tally => ({
  finished: 0,
  succeeded: 0,
  rolledBack: 0,
  incidents: 0,
  recovered: 0,
  restores: [],
  lead: [],
  rollback: [],
  driftChecks: 0,
  drifted: 0,
  first: null,
});

const isIncident = (status: string, prev: string | null) =>
  status !== 'succeeded' && (prev === null || prev === 'succeeded');

/** Adds one run's contribution to `tally(dim, grp)`; facts must come in sequence order (start, then id). */
function addFact(fact: RunFact, dims: readonly RollupDim[], tally: (dim: RollupDim, grp: string) => Tally) {
  for (const dim of dims) {
    if (fact.kind === 'drift') {
      if (dim === 'none') tally(dim, '*').driftChecks += 1;
      for (const grp of fact.drifted[dim]) tally(dim, grp).drifted += 1;
      continue;
    }
    for (const [grp, place] of Object.entries(fact.groups[dim])) {
      const t = tally(dim, grp);
      t.first ??= { status: fact.status, finishedAt: fact.finishedAt, ...place };
      t.finished += 1;
      if (fact.status === 'succeeded') t.succeeded += 1;
      if (fact.status === 'rolled_back' || fact.status === 'rollback_failed') t.rolledBack += 1;
      if (isIncident(fact.status, place.prev) && place.recoveredAt !== null) {
        t.recovered += 1;
        if (fact.finishedAt !== null) t.restores.push(place.recoveredAt - fact.finishedAt);
      }
      if (isIncident(fact.status, place.prev)) t.incidents += 1;
      if (fact.lead !== null) t.lead.push(fact.lead);
      if (fact.rollback !== null) t.rollback.push(fact.rollback);
    }
  }
}

/** Sums facts (ordered by start, then id) into one row per day, dimension, group and environment. */
export function daysOf(facts: readonly RunFact[]): DayRow[] {
  const rows = new Map<string, DayRow>();
  for (const fact of facts) {
    const day = Math.floor(fact.startedAt / DAY_MS);
    addFact(fact, ROLLUP_DIMS, (dim, grp) => {
      const key = `${dim}\u0000${grp}\u0000${fact.env}\u0000${day}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { dim, grp, env: fact.env, day, tally: emptyTally() }));
      return row.tally;
    });
  }
  return [...rows.values()];
}

/** What a window is made of: facts before the first whole day, whole days, facts after the last whole day. */
export interface WindowParts {
  readonly head: readonly RunFact[];
  readonly days: readonly DayRow[];
  readonly tail: readonly RunFact[];
}

/** The whole UTC days `[from, to)` inside `[since, until)`, or none when the window does not hold one. */
export function wholeDays(since: number, until: number): { from: number; to: number } | null {
  const from = Math.ceil(since / DAY_MS);
  const to = Math.floor(until / DAY_MS);
  return from < to ? { from, to } : null;
}

function durations(values: number[], objective: number): DurationStats {
  if (values.length === 0) return { n: 0, p50: null, p90: null, over: 0 };
  const sorted = Float64Array.from(values).sort(); // numeric order, without a comparator call per pair
  const n = sorted.length;
  const rank = (p: number) => sorted[Math.floor((n * p + 99) / 100) - 1]!;
  let over = 0;
  for (const v of sorted) if (v > objective) over++;
  return { n, p50: rank(50), p90: rank(90), over };
}

/**
 * The aggregates of @stratum/slo's `sloAggregates` for one window from its parts, for `dim` (`none`: only `*`):
 * tallies per (group, environment) are summed in time order, and the window's first run of each (group,
 * environment) becomes an incident when it failed, whatever came before the window (as the raw query sees it).
 */
export function windowAggregates(
  parts: WindowParts,
  dim: RollupDim,
  thresholds: DurationThresholds,
): Map<string, GroupAggregates> {
  const dims: RollupDim[] = dim === 'none' ? ['none'] : ['none', dim];
  const perEnv = new Map<string, { grp: string; tally: Tally }>();
  const tally = (grp: string, env: string) => {
    const key = `${grp}\u0000${env}`;
    let entry = perEnv.get(key);
    if (!entry) perEnv.set(key, (entry = { grp, tally: emptyTally() }));
    return entry.tally;
  };
  const merge = (into: Tally, from: Tally) => {
    into.first ??= from.first;
    into.finished += from.finished;
    into.succeeded += from.succeeded;
    into.rolledBack += from.rolledBack;
    into.incidents += from.incidents;
    into.recovered += from.recovered;
    into.restores.push(...from.restores);
    into.lead.push(...from.lead);
    into.rollback.push(...from.rollback);
    into.driftChecks += from.driftChecks;
    into.drifted += from.drifted;
  };
  const grpOf = (d: RollupDim, grp: string) => (d === 'none' ? '*' : grp);
  for (const fact of parts.head) addFact(fact, dims, (d, grp) => tally(grpOf(d, grp), fact.env));
  for (const row of [...parts.days].sort((a, b) => a.day - b.day)) {
    if (dims.includes(row.dim)) merge(tally(grpOf(row.dim, row.grp), row.env), row.tally);
  }
  for (const fact of parts.tail) addFact(fact, dims, (d, grp) => tally(grpOf(d, grp), fact.env));

  const groups = new Map<string, Tally>();
  for (const { grp, tally: t } of perEnv.values()) {
    const f = t.first;
    if (f && f.status !== 'succeeded' && !isIncident(f.status, f.prev)) {
      t.incidents += 1; // first in the window: no run before it counts
      if (f.recoveredAt !== null) {
        t.recovered += 1;
        if (f.finishedAt !== null) t.restores.push(f.recoveredAt - f.finishedAt);
      }
    }
    const sum = groups.get(grp) ?? emptyTally();
    merge(sum, { ...t, first: null });
    groups.set(grp, sum);
  }
  const driftChecks = groups.get('*')?.driftChecks ?? 0;
  const out = new Map<string, GroupAggregates>();
  const keys = [...groups]
    .filter(([grp, t]) => grp === '*' || t.finished > 0 || t.drifted > 0)
    .map(([g]) => g);
  for (const key of [...new Set(['*', ...keys])].sort()) {
    const t = groups.get(key) ?? emptyTally();
    out.set(key, {
      finished: t.finished,
      succeeded: t.succeeded,
      rolledBack: t.rolledBack,
      leadTime: durations(t.lead, thresholds.leadTime),
      rollbackTime: durations(t.rollback, thresholds.rollbackTime),
      incidents: t.incidents,
      recovered: t.recovered,
      restoreTotalMs: t.restores.reduce((a, b) => a + b, 0),
      slowRestores: t.restores.filter((v) => v > thresholds.mttr).length,
      driftChecks,
      drifted: t.drifted,
    });
  }
  return out;
}
