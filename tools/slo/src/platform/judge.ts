import type { PlatformSloId, SloKind, SloResult, SloStatus } from './types';
import type { GroupAggregates } from './aggregates';

interface SloDefinition {
  readonly id: PlatformSloId;
  readonly name: string;
  readonly description: string;
  readonly kind: SloKind;
  readonly unit: 'ratio' | 'ms';
}

/** The platform SLOs, in the order the API returns them. */
export const SLO_DEFINITIONS: readonly SloDefinition[] = [
  {
    id: 'deploymentSuccessRate',
    name: 'Deployment success rate',
    description: 'Finished deploy runs that succeeded, of all finished deploy runs started in the window.',
    kind: 'ratio-min',
    unit: 'ratio',
  },
  {
    id: 'leadTime',
    name: 'Lead time for changes',
    description:
      'Commit time to the end of its first successful deploy run to each environment; 90% must be within the objective.',
    kind: 'p90-max',
    unit: 'ms',
  },
  {
    id: 'rollbackTime',
    name: 'Rollback time',
    description:
      "From a run's first stack failure to its last stack rolled back; 90% must be within the objective.",
    kind: 'p90-max',
    unit: 'ms',
  },
  {
    id: 'changeFailureRate',
    name: 'Change failure rate',
    description: 'Finished deploy runs that had to be rolled back, of all finished deploy runs.',
    kind: 'ratio-max',
    unit: 'ratio',
  },
  {
    id: 'mttr',
    name: 'Mean time to restore',
    description:
      'From the end of the first failed deploy run after a success to the end of the next successful one (same environment); open incidents are not counted.',
    kind: 'mean-max',
    unit: 'ms',
  },
  {
    id: 'driftRate',
    name: 'Drift rate',
    description: 'Drift checks that found drift (in the group), of all finished drift checks in the window.',
    kind: 'ratio-max',
    unit: 'ratio',
  },
];

interface Measure {
  readonly value: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly samples: number;
  readonly bad: number;
  /** Bad samples the objective allows (the error budget), or for `mean-max` the objective itself. */
  readonly budget: number;
  /** For `mean-max`: the amount of budget spent (the mean). */
  readonly spent?: number;
}

function measure(id: PlatformSloId, a: GroupAggregates, objective: number): Measure {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  switch (id) {
    case 'deploymentSuccessRate': {
      const bad = a.finished - a.succeeded;
      return {
        value: ratio(a.succeeded, a.finished),
        p50: null,
        p90: null,
        samples: a.finished,
        bad,
        budget: (1 - objective) * a.finished,
      };
    }
    case 'changeFailureRate':
      return {
        value: ratio(a.rolledBack, a.finished),
        p50: null,
        p90: null,
        samples: a.finished,
        bad: a.rolledBack,
        budget: objective * a.finished,
      };
    case 'leadTime':
    case 'rollbackTime': {
      const d = id === 'leadTime' ? a.leadTime : a.rollbackTime;
      return { value: d.p90, p50: d.p50, p90: d.p90, samples: d.n, bad: d.over, budget: 0.1 * d.n };
    }
    case 'mttr': {
      const mean = a.recovered === 0 ? null : a.restoreTotalMs / a.recovered;
      return {
        value: mean,
        p50: null,
        p90: null,
        samples: a.recovered,
        bad: a.slowRestores,
        budget: objective,
        spent: mean ?? 0,
      };
    }
    case 'driftRate':
      return {
        value: ratio(a.drifted, a.driftChecks),
        p50: null,
        p90: null,
        samples: a.driftChecks,
        bad: a.drifted,
        budget: objective * a.driftChecks,
      };
  }
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Each SLO of one group, judged against its objective. The remaining error budget is `1 - spent / budget`: for
 * ratio and p90 SLOs the budget is the number of bad samples the objective allows (e.g. 5% of runs for a 95% success
 * objective), for MTTR it is the objective duration and the mean is what was spent.
 */
export function judgeSlos(
  aggregates: GroupAggregates,
  objectives: Readonly<Record<PlatformSloId, number>>,
): SloResult[] {
  return SLO_DEFINITIONS.map((def) => {
    const objective = objectives[def.id];
    const m = measure(def.id, aggregates, objective);
    let status: SloStatus = 'no_data';
    let remaining: number | null = null;
    if (m.samples > 0 && m.value !== null) {
      const within = def.kind === 'ratio-min' ? m.value >= objective : m.value <= objective;
      status = within ? 'met' : 'breached';
      const spent = m.spent ?? m.bad;
      remaining = m.budget > 0 ? round(1 - spent / m.budget) : spent === 0 ? 1 : -1;
    }
    return {
      id: def.id,
      name: def.name,
      description: def.description,
      kind: def.kind,
      unit: def.unit,
      value: m.value === null ? null : def.unit === 'ratio' ? round(m.value) : Math.round(m.value),
      p50: m.p50,
      p90: m.p90,
      objective,
      samples: m.samples,
      bad: m.bad,
      remainingErrorBudget: remaining,
      status,
    };
  });
}
