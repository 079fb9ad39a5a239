import { durationOf } from './duration';
import type { BurnRateCondition, ServiceSlo, Severity } from './types';

/**
 * The SRE workbook's multi-window, multi-burn-rate table for a 30-day budget: page when 2% of the budget goes in an
 * hour or 5% in six hours, open a ticket when 10% goes in a day or 10% in three days. The short window is a twelfth
 * of the long one.
 */
export const BURN_RATE_WINDOWS: readonly {
  readonly severity: Severity;
  readonly burnRate: number;
  readonly longWindowSeconds: number;
  readonly shortWindowSeconds: number;
}[] = [
  { severity: 'page', burnRate: 14.4, longWindowSeconds: 3_600, shortWindowSeconds: 300 },
  { severity: 'page', burnRate: 6, longWindowSeconds: 21_600, shortWindowSeconds: 1_800 },
  { severity: 'ticket', burnRate: 3, longWindowSeconds: 86_400, shortWindowSeconds: 7_200 },
  { severity: 'ticket', burnRate: 1, longWindowSeconds: 259_200, shortWindowSeconds: 21_600 },
];

/** Ratio of the long window to the short one. */
export const SHORT_WINDOW_DIVISOR = 12;

/** The default conditions, as used for an SLO without alert policies. */
export const DEFAULT_CONDITIONS: readonly BurnRateCondition[] = BURN_RATE_WINDOWS.map((row) => ({
  name: `${row.severity}-${durationOf(row.longWindowSeconds).text}`,
  severity: row.severity,
  burnRate: row.burnRate,
  op: 'gte',
  longWindow: durationOf(row.longWindowSeconds),
  shortWindow: durationOf(row.shortWindowSeconds),
}));

/** Every burn-rate condition of an SLO: those of its alert policies, or the workbook defaults without any. */
export function alertConditions(slo: ServiceSlo): readonly BurnRateCondition[] {
  if (slo.alertPolicies.length === 0) return DEFAULT_CONDITIONS;
  return slo.alertPolicies.flatMap((policy) => policy.conditions);
}

/** Rounds away floating-point noise (14.4 × 0.001 = 0.014400000000000001 → 0.0144). */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** The error budget: the share of events allowed to be bad, `1 - target` (0.999 → 0.001). */
export function errorBudget(target: number): number {
  if (!(target > 0 && target < 1)) throw new RangeError(`An SLO target must be in (0, 1); got ${target}.`);
  return tidy(1 - target);
}

/** How many times faster than sustainable the budget is spent at this error ratio (1 spends it exactly in the window). */
export function burnRate(errorRatio: number, target: number): number {
  return tidy(errorRatio / errorBudget(target));
}

/** The error ratio at which a burn-rate condition fires: `burnRate × (1 - target)`. */
export function burnRateThreshold(rate: number, target: number): number {
  return tidy(rate * errorBudget(target));
}

/** Share of the error budget left after a window with this error ratio: 1 untouched, 0 spent, negative overspent. */
export function remainingErrorBudget(errorRatio: number, target: number): number {
  return tidy(1 - errorRatio / errorBudget(target));
}

/** Share of the budget a condition spends before it fires: `burnRate × longWindow / sloWindow` (14.4 × 1h / 30d = 2%). */
export function budgetConsumed(condition: BurnRateCondition, sloWindowSeconds: number): number {
  return tidy((condition.burnRate * condition.longWindow.seconds) / sloWindowSeconds);
}
