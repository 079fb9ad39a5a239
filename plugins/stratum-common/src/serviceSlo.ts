import type { RunKind, RunStatus } from './runs';

/** The burn-rate windows `GET /slo/services/:service` reports, shortest first. */
export const SERVICE_BURN_WINDOWS = ['5m', '1h', '6h'] as const;
export type ServiceBurnWindow = (typeof SERVICE_BURN_WINDOWS)[number];

/**
 * `met`: budget left; `breached`: the budget is spent (compliance below the target); `no_data`: Prometheus holds no
 * events of the SLI in the window; `error`: Prometheus rejected a query of the SLO (see `error`).
 */
export type ServiceSloStatus = 'met' | 'breached' | 'no_data' | 'error';

/** The error budget of one SLO over its window. */
export interface ServiceErrorBudget {
  /** The share of events allowed to be bad, `1 - target`. */
  readonly allowedRatio: number;
  /** The whole budget as minutes of total outage in the window: `(1 - target) × window`. */
  readonly totalMinutes: number;
  /** `1 - (1 - compliance) / (1 - target)`: 1 untouched, 0 spent, negative overspent; null without data. */
  readonly remaining: number | null;
  /** `remaining × totalMinutes`; null without data. */
  readonly remainingMinutes: number | null;
}

/** One point of the burn-down: the budget left counting the events from the window start up to `at`. */
export interface BurnDownPoint {
  readonly at: string;
  /** null while no event has happened since the window start. */
  readonly remaining: number | null;
}

/** A run of the ledger inside the SLO window that applied one of the service's projects. */
export interface ServiceSloDeploy {
  readonly runId: string;
  readonly kind: RunKind;
  readonly env: string;
  readonly status: RunStatus;
  readonly gitSha: string;
  readonly actor: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** The service's projects the run applied, sorted. */
  readonly projects: readonly string[];
}

/** One SLO of a service, measured from Prometheus at `evaluatedAt`. */
export interface ServiceSloResult {
  readonly name: string;
  readonly displayName: string;
  readonly description: string | null;
  /** The SLI's display name. */
  readonly indicator: string;
  /** The objective as a ratio, e.g. 0.999. */
  readonly target: number;
  /** The SLO window as written in slo.yaml, e.g. `30d`. */
  readonly window: string;
  readonly windowStart: string;
  readonly status: ServiceSloStatus;
  /** Good events of all events over the window; null without data. */
  readonly compliance: number | null;
  readonly errorBudget: ServiceErrorBudget;
  /** Error ratio over the window divided by `1 - target` (1 spends the budget exactly in the window), per window. */
  readonly burnRates: Readonly<Record<ServiceBurnWindow, number | null>>;
  /** The 1h burn rate, the "current" one. */
  readonly currentBurnRate: number | null;
  readonly burnDown: {
    /** Time between points, e.g. `6h`. */
    readonly step: string;
    readonly points: readonly BurnDownPoint[];
  };
  /** Deploys and rollbacks of the service's projects inside the window, oldest first. */
  readonly deploys: readonly ServiceSloDeploy[];
  /** Why the SLO could not be measured (Prometheus rejected its query); null otherwise. */
  readonly error: string | null;
}

/** `GET /slo/services/:service`: the live error budgets of a service's SLOs (services/<service>/slo.yaml). */
export interface ServiceSloReport {
  readonly service: string;
  /** The slo.yaml, relative to the workspace root. */
  readonly file: string;
  /** The Prometheus the numbers come from (`stratum.prometheus.baseUrl`). */
  readonly prometheusUrl: string;
  /** Deploys are of this environment only; null for every environment. */
  readonly env: string | null;
  readonly evaluatedAt: string;
  readonly slos: readonly ServiceSloResult[];
}

/** One SLO as slo.yaml defines it, in `GET /slo/services`. */
export interface ServiceSloDefinition {
  readonly name: string;
  readonly displayName: string;
  readonly target: number;
  readonly window: string;
}

/** One service with an slo.yaml, in `GET /slo/services`. */
export interface ServiceSloFile {
  readonly service: string;
  readonly file: string;
  /** Empty when the file cannot be read; then `error` says why (file, document, path, value). */
  readonly slos: readonly ServiceSloDefinition[];
  readonly error: string | null;
}

/** `GET /slo/services`: every service of the workspace that has an slo.yaml, by name; no Prometheus involved. */
export interface ServiceSloIndex {
  readonly services: readonly ServiceSloFile[];
}
