import type { SloResult } from '@stratum/plugin-stratum-common';
import { formatMs, formatPercent } from '../shared';

/** A measured value or objective in the SLO's unit: `95.0%` or `3m 20s`. */
export function sloValue(slo: Pick<SloResult, 'unit'>, value: number | null): string {
  if (value === null) return 'no data';
  return slo.unit === 'ratio' ? formatPercent(value) : formatMs(value);
}

/** The objective as a sentence fragment: `at least 95.0%`, `p90 at most 1d`, `mean at most 4h`. */
export function objectiveText(slo: Pick<SloResult, 'kind' | 'unit' | 'objective'>): string {
  const value = sloValue(slo, slo.objective);
  switch (slo.kind) {
    case 'ratio-min':
      return `at least ${value}`;
    case 'ratio-max':
      return `at most ${value}`;
    case 'p90-max':
      return `p90 at most ${value}`;
    case 'mean-max':
      return `mean at most ${value}`;
    default:
      return value;
  }
}

/** The remaining error budget: `80.0% left`, `overspent by 20.0%`, or `no data`. */
export function budgetText(remaining: number | null): string {
  if (remaining === null) return 'no data';
  if (remaining < 0) return `overspent by ${formatPercent(-remaining)}`;
  return `${formatPercent(remaining)} left`;
}
