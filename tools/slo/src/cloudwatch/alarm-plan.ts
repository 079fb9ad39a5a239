import { alertConditions, burnRateThreshold } from '../budget';
import type { ServiceSlo, Severity } from '../types';

/** One multi-window burn-rate alarm: fires when the error ratio is over the threshold in both windows. */
export interface SloBurnWindow {
  /** Unique within the SLO: the condition's name, e.g. `page-1h`. */
  readonly key: string;
  readonly severity: Severity;
  readonly burnRate: number;
  /** The error ratio at which it fires: `burnRate × (1 - target)`. */
  readonly errorRatioThreshold: number;
  /** true: fires at the threshold (`gte`); false: above it. */
  readonly inclusive: boolean;
  readonly longWindowSeconds: number;
  readonly shortWindowSeconds: number;
}

/**
 * What the monitoring layer's `SloAlarms` construct needs of one SLO, as plain data (the construct library does not
 * read slo.yaml itself). `indicator` names the SLI; the stack maps it to CloudWatch metrics.
 */
export interface SloAlarmObjective {
  readonly name: string;
  readonly displayName: string;
  readonly indicator: string;
  readonly target: number;
  readonly windows: readonly SloBurnWindow[];
}

/** The CloudWatch alarm plan of each SLO: one entry per burn-rate condition (the workbook's four by default). */
export function cloudWatchAlarmPlan(slos: readonly ServiceSlo[]): SloAlarmObjective[] {
  return slos.map((slo) => ({
    name: slo.name,
    displayName: slo.displayName,
    indicator: slo.indicator.name,
    target: slo.target,
    windows: alertConditions(slo).map((c) => ({
      key: c.name,
      severity: c.severity,
      burnRate: c.burnRate,
      errorRatioThreshold: burnRateThreshold(c.burnRate, slo.target),
      inclusive: c.op === 'gte',
      longWindowSeconds: c.longWindow.seconds,
      shortWindowSeconds: c.shortWindow.seconds,
    })),
  }));
}
