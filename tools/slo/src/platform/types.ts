// The platform SLO records (report, results, DORA keys): types and constants only, no Node imports, so the
// portal's browser code can read them through `@stratum/slo/types` (re-exported by @stratum/plugin-stratum-common).

/** The platform's own SLOs, computed from the ledger. */
export const PLATFORM_SLO_IDS = [
  'deploymentSuccessRate',
  'leadTime',
  'rollbackTime',
  'changeFailureRate',
  'mttr',
  'driftRate',
] as const;
export type PlatformSloId = (typeof PLATFORM_SLO_IDS)[number];

/** How the platform SLOs can be grouped: a project's layer, its owner group, or its service (`services/<service>/`). */
export const SLO_GROUP_BYS = ['layer', 'owner', 'service'] as const;
export type SloGroupBy = (typeof SLO_GROUP_BYS)[number];

/** The group of projects that belong to no service (`shared-infra/`) when grouping by service. */
export const SHARED_GROUP = '(shared)';

/**
 * How an SLO is judged:
 * - `ratio-min`: a ratio that must stay at or above the objective (success rate); the error budget is the share of
 *   bad samples allowed, `1 - objective`.
 * - `ratio-max`: a ratio that must stay at or below the objective (change failure rate, drift rate); the budget is
 *   `objective` bad samples per sample.
 * - `p90-max`: 90% of the durations must be at or below the objective (lead time, rollback time); the budget is
 *   the 10% of samples allowed above it.
 * - `mean-max`: the mean duration must stay at or below the objective (MTTR); the budget is the objective itself.
 */
export type SloKind = 'ratio-min' | 'ratio-max' | 'p90-max' | 'mean-max';

/** `met`: within the objective; `breached`: outside it; `no_data`: nothing in the window to judge. */
export type SloStatus = 'met' | 'breached' | 'no_data';

export interface SloResult {
  readonly id: PlatformSloId;
  readonly name: string;
  readonly description: string;
  readonly kind: SloKind;
  /** `ratio` (0..1) or `ms` (a duration). */
  readonly unit: 'ratio' | 'ms';
  /** The measured value: the ratio, the p90 or the mean; null without samples. */
  readonly value: number | null;
  /** For durations: the 50th and 90th percentile (nearest rank); null without samples. */
  readonly p50: number | null;
  readonly p90: number | null;
  readonly objective: number;
  /** Samples in the window (runs, failures or drift checks, see the description). */
  readonly samples: number;
  /** Samples that spent error budget (failed runs, slow deploys, drifted checks...). */
  readonly bad: number;
  /**
   * Share of the error budget left: 1 untouched, 0 spent, negative overspent; null without samples.
   */
  readonly remainingErrorBudget: number | null;
  readonly status: SloStatus;
}

export interface SloGroup {
  /** The layer, owner group or service name (`unknown` for projects no longer in the workspace). */
  readonly key: string;
  readonly slos: readonly SloResult[];
}

/** `GET /slo/platform`. */
export interface PlatformSloReport {
  /** The environment, or null for every environment together. */
  readonly env: string | null;
  /** The window as given, e.g. `30d`. */
  readonly window: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly groupBy: SloGroupBy | null;
  /** Where the objectives come from, relative to the workspace root. */
  readonly objectivesFile: string;
  readonly overall: readonly SloResult[];
  /** One entry per layer, owner or service touched in the window; empty without `groupBy`. */
  readonly groups: readonly SloGroup[];
  /** The four DORA keys, overall and per group (same groups as `groups`). */
  readonly dora: DoraReport;
}

/** The four DORA keys of one group, from the same ledger aggregates as the SLOs. */
export interface DoraMetrics {
  /** The group (`*` overall). */
  readonly key: string;
  /** Deployment frequency: successful deploy runs in the window that touched the group. */
  readonly deploys: number;
  /** `deploys` per day of the window. */
  readonly deploysPerDay: number;
  /**
   * Lead time for changes: commit time to its first successful deploy to each environment (ms); a later deploy of the
   * same commit to the same environment is not a new sample. Null without samples.
   */
  readonly leadTime: { readonly p50: number | null; readonly p90: number | null; readonly samples: number };
  /** Finished deploy runs that had to be rolled back, of `finished`; null when none finished. */
  readonly changeFailureRate: number | null;
  readonly finished: number;
  /** Mean time to restore (ms) over `recovered` incidents; null when none recovered. */
  readonly mttr: number | null;
  readonly incidents: number;
  readonly recovered: number;
}

/** `PlatformSloReport.dora`. */
export interface DoraReport {
  readonly overall: DoraMetrics;
  /** One row per group of `groupBy`, sorted by key; empty without it. */
  readonly groups: readonly DoraMetrics[];
}
