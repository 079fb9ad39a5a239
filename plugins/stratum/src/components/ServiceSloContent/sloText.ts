import type { ServiceErrorBudget } from '@stratum/plugin-stratum-common';

/** A ratio as a percentage with up to `digits` decimals, trailing zeros dropped: 0.995 → `99.5%`, 0.99875 → `99.875%`. */
export function percent(ratio: number, digits = 3): string {
  return `${Number((ratio * 100).toFixed(digits))}%`;
}

/** Minutes as `7.2 min`, `43 min`, `1.2 s` for under a minute. */
export function minutes(value: number): string {
  const abs = Math.abs(value);
  if (abs > 0 && abs < 1) return `${Number((value * 60).toFixed(1))} s`;
  return `${Number(value.toFixed(abs >= 100 ? 0 : 1))} min`;
}

/** `75% left (5.4 min of 7.2 min)`, `overspent by 25% (1.8 min over 7.2 min)`, or `no data`. */
export function budgetText(budget: ServiceErrorBudget): string {
  if (budget.remaining === null || budget.remainingMinutes === null) return 'no data';
  const total = minutes(budget.totalMinutes);
  if (budget.remaining >= 0) {
    return `${percent(budget.remaining, 1)} left (${minutes(budget.remainingMinutes)} of ${total})`;
  }
  return `overspent by ${percent(-budget.remaining, 1)} (${minutes(-budget.remainingMinutes)} over ${total})`;
}

/** A burn rate as `1.98×`; `no data` without events. */
export function burnText(rate: number | null): string {
  return rate === null ? 'no data' : `${Number(rate.toFixed(2))}×`;
}
