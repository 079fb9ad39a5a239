import type { Knex } from 'knex';
import { num, numOrNull, type DbNumber } from '../../ledger/rows';

/** The dimensions a rollup is kept for: `none` holds the overall group `*`, the others one group per value. */
export const ROLLUP_DIMS = ['none', 'layer', 'owner', 'service'] as const;
export type RollupDim = (typeof ROLLUP_DIMS)[number];

/** Where a run stands in its (dimension, group, environment) sequence of finished deploy runs, over the whole ledger. */
export interface SequencePlace {
  /** Status of the finished deploy run before it in the sequence, or null for the first. */
  readonly prev: string | null;
  /** The earliest `finished_at` of a successful run after it in the sequence, or null. */
  readonly recoveredAt: number | null;
}

/** One finished deploy or drift run with everything the SLO window queries need, computed once. */
export interface RunFact {
  readonly id: string;
  readonly kind: 'deploy' | 'drift';
  readonly env: string;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly status: string;
  /** Lead time of the commit, when this is its first successful deploy to the environment and its time is known. */
  readonly lead: number | null;
  /** First stack failure to last stack rolled back, for rolled-back runs. */
  readonly rollback: number | null;
  /** Deploy runs: per dimension, each group the run counts for and its place in that group's sequence. */
  readonly groups: Record<RollupDim, Record<string, SequencePlace>>;
  /** Drift runs: per dimension, the groups with findings (`*` when any). */
  readonly drifted: Record<RollupDim, string[]>;
}

/** Project → group per grouped dimension (from the workspace snapshot; `layer` only for drift findings). */
export type ProjectMappings = Readonly<Record<Exclude<RollupDim, 'none'>, ReadonlyMap<string, string>>>;

interface RunRow {
  id: string;
  kind: 'deploy' | 'drift';
  env: string;
  git_sha: string;
  started_at: DbNumber;
  finished_at: DbNumber | null;
  status: string;
}

const CHUNK = 2_000;
const ROLLED_BACK = new Set(['rolled_back', 'rollback_failed']);

/**
 * Reads every finished deploy and drift run of the ledger with its stack events, drift findings and commit times
 * (`commitTimes`), and computes each run's facts with the same definitions as the raw SQL of @stratum/slo's
 * `sloAggregates`: groups touched, lead time of a first successful deploy, rollback time, and its place in each
 * group's sequence per environment (ordered by start, then id).
 */
export async function readRunFacts(
  ledger: Knex,
  commitTimes: ReadonlyMap<string, number | null>,
  mappings: ProjectMappings,
): Promise<RunFact[]> {
  const rows: RunRow[] = await ledger('runs')
    .select('id', 'kind', 'env', 'git_sha', 'started_at', 'finished_at', 'status')
    .whereIn('kind', ['deploy', 'drift'])
    .whereNot('status', 'running')
    .orderBy([{ column: 'started_at' }, { column: 'id' }]);
  const firstSuccess = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'deploy' || r.status !== 'succeeded') continue;
    const key = `${r.git_sha}\u0000${r.env}`;
    if (!firstSuccess.has(key)) firstSuccess.set(key, num(r.started_at));
  }
  const byId = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const touched = new Map<string, { layers: Set<string>; projects: Set<string>; rollback: number | null }>();
  const findings = new Map<string, Set<string>>();
  for (let i = 0; i < byId.length; i += CHUNK) {
    const first = byId[i]!.id;
    const last = byId[Math.min(byId.length, i + CHUNK) - 1]!.id;
    const events: { run_id: string; project: string; layer: string; status: string; at: DbNumber }[] =
      await ledger('stack_events')
        .select('run_id', 'project', 'layer', 'status', 'at')
        .whereBetween('run_id', [first, last]);
    const spans = new Map<
      string,
      { failed: number | null; rollingBack: number | null; done: number | null }
    >();
    for (const e of events) {
      const t = touched.get(e.run_id) ?? { layers: new Set(), projects: new Set(), rollback: null };
      t.layers.add(e.layer);
      t.projects.add(e.project);
      touched.set(e.run_id, t);
      const at = num(e.at);
      const s = spans.get(e.run_id) ?? { failed: null, rollingBack: null, done: null };
      if (e.status === 'failed') s.failed = s.failed === null ? at : Math.min(s.failed, at);
      if (e.status === 'rolling_back')
        s.rollingBack = s.rollingBack === null ? at : Math.min(s.rollingBack, at);
      if (ROLLED_BACK.has(e.status)) s.done = s.done === null ? at : Math.max(s.done, at);
      spans.set(e.run_id, s);
    }
    for (const [runId, s] of spans) {
      const from = s.failed ?? s.rollingBack;
      touched.get(runId)!.rollback = s.done === null || from === null ? null : s.done - from;
    }
    const found: { run_id: string; project: string }[] = await ledger('drift_findings')
      .distinct('run_id', 'project')
      .whereBetween('run_id', [first, last]);
    for (const f of found) findings.set(f.run_id, (findings.get(f.run_id) ?? new Set()).add(f.project));
  }

  const facts = rows.map((r): RunFact => {
    const startedAt = num(r.started_at);
    const finishedAt = numOrNull(r.finished_at);
    const t = touched.get(r.id);
    const committed = commitTimes.get(r.git_sha) ?? null;
    const isFirst = firstSuccess.get(`${r.git_sha}\u0000${r.env}`) === startedAt;
    const lead =
      r.kind === 'deploy' && r.status === 'succeeded' && isFirst && committed !== null && finishedAt !== null
        ? finishedAt - committed
        : null;
    const groups = {} as Record<RollupDim, Record<string, SequencePlace>>;
    const drifted = {} as Record<RollupDim, string[]>;
    const projects = [...(t?.projects ?? [])];
    const found = [...(findings.get(r.id) ?? [])];
    for (const dim of ROLLUP_DIMS) {
      const names =
        dim === 'none'
          ? ['*']
          : dim === 'layer'
            ? [...(t?.layers ?? [])]
            : projects.map((p) => mappings[dim].get(p) ?? 'unknown');
      groups[dim] = Object.fromEntries(
        r.kind === 'deploy' ? [...new Set(names)].map((g) => [g, { prev: null, recoveredAt: null }]) : [],
      );
      drifted[dim] =
        dim === 'none'
          ? found.length > 0
            ? ['*']
            : []
          : [...new Set(found.map((p) => mappings[dim].get(p) ?? 'unknown'))];
    }
    const rollback = r.kind === 'deploy' && ROLLED_BACK.has(r.status) ? (t?.rollback ?? null) : null;
    return {
      id: r.id,
      kind: r.kind,
      env: r.env,
      startedAt,
      finishedAt,
      status: r.status,
      lead,
      rollback,
      groups,
      drifted,
    };
  });
  placeInSequences(facts);
  return facts;
}

/** Fills each deploy run's `prev` (forwards) and `recoveredAt` (backwards) in every group sequence it belongs to. */
function placeInSequences(facts: readonly RunFact[]): void {
  const deploys = facts.filter((f) => f.kind === 'deploy'); // already ordered by start, then id
  const prev = new Map<string, string>();
  for (const f of deploys) {
    for (const dim of ROLLUP_DIMS) {
      for (const [grp, place] of Object.entries(f.groups[dim])) {
        const key = `${dim}\u0000${grp}\u0000${f.env}`;
        (place as { prev: string | null }).prev = prev.get(key) ?? null;
        prev.set(key, f.status);
      }
    }
  }
  const recovered = new Map<string, number>();
  for (let i = deploys.length - 1; i >= 0; i--) {
    const f = deploys[i]!;
    for (const dim of ROLLUP_DIMS) {
      for (const [grp, place] of Object.entries(f.groups[dim])) {
        const key = `${dim}\u0000${grp}\u0000${f.env}`;
        (place as { recoveredAt: number | null }).recoveredAt = recovered.get(key) ?? null;
        if (f.status === 'succeeded' && f.finishedAt !== null) {
          const best = recovered.get(key);
          recovered.set(key, best === undefined ? f.finishedAt : Math.min(best, f.finishedAt));
        }
      }
    }
  }
}
