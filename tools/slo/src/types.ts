import type { SloDuration } from './duration';

/** Who is told when a burn-rate condition fires: `page` wakes someone up, `ticket` is looked at in working hours. */
export const SEVERITIES = ['page', 'ticket'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A multi-window burn-rate condition: fires when the error budget burns at `burnRate` times the sustainable rate
 * over both the long window and the short one (the short window makes the alert reset soon after recovery).
 */
export interface BurnRateCondition {
  /** The AlertCondition's name (or `<policy>-<n>` for a condition written inline without one). */
  readonly name: string;
  readonly severity: Severity;
  /** Multiple of the sustainable error rate, e.g. 14.4. */
  readonly burnRate: number;
  /** `gte`: fires at the burn rate; `gt`: above it. */
  readonly op: 'gte' | 'gt';
  readonly longWindow: SloDuration;
  /** One twelfth of the long window, as in the SRE workbook (1h → 5m, 6h → 30m, 1d → 2h, 3d → 6h). */
  readonly shortWindow: SloDuration;
  /** How long the condition must hold before the alert fires (Prometheus `for`); undefined: at once. */
  readonly alertAfter?: SloDuration;
}

export interface SloAlertPolicy {
  readonly name: string;
  readonly displayName: string;
  readonly conditions: readonly BurnRateCondition[];
}

/**
 * A ratio SLI. Exactly one of `good` and `bad` is set. Queries are PromQL holding the placeholder `{{window}}`
 * where the range goes, e.g. `sum(rate(http_requests_total{job="payments",code=~"5.."}[{{window}}]))`.
 */
export interface SloIndicator {
  readonly name: string;
  readonly displayName: string;
  readonly good?: string;
  readonly bad?: string;
  readonly total: string;
}

/** One SLO of a service, with its indicator and alert policies resolved. */
export interface ServiceSlo {
  /** The file it was read from, relative to the workspace root when read by `readServiceSlos`. */
  readonly file: string;
  /** `spec.service`; equals the service folder name for `services/<service>/slo.yaml`. */
  readonly service: string;
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  /** The objective as a ratio in (0, 1), e.g. 0.999. */
  readonly target: number;
  readonly window: SloDuration & { readonly rolling: boolean };
  readonly indicator: SloIndicator;
  /** Empty when the SLO names no alert policy: then `alertConditions` gives the SRE workbook's defaults. */
  readonly alertPolicies: readonly SloAlertPolicy[];
}
