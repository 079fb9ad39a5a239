import type { DoraMetrics } from './types';
import type { GroupAggregates } from './aggregates';

const DAY_MS = 86_400_000;
const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The four DORA keys of one group from its SLO aggregates: deployment frequency (successful deploy runs per day of
 * the window), lead time for changes (first successful deploy of a commit to an environment), change failure rate
 * and mean time to restore, measured exactly as the matching platform SLOs.
 */
export function doraMetrics(key: string, a: GroupAggregates, windowMs: number): DoraMetrics {
  return {
    key,
    deploys: a.succeeded,
    deploysPerDay: windowMs > 0 ? round(a.succeeded / (windowMs / DAY_MS)) : 0,
    leadTime: { p50: a.leadTime.p50, p90: a.leadTime.p90, samples: a.leadTime.n },
    changeFailureRate: a.finished === 0 ? null : round(a.rolledBack / a.finished),
    finished: a.finished,
    mttr: a.recovered === 0 ? null : Math.round(a.restoreTotalMs / a.recovered),
    incidents: a.incidents,
    recovered: a.recovered,
  };
}
