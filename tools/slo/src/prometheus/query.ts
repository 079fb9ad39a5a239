import { WINDOW_PLACEHOLDER } from '../openslo/schema';
import type { SloIndicator } from '../types';

/** A query with its range placeholder replaced, e.g. `[{{window}}]` → `[5m]`. */
export function renderQuery(query: string, window: string): string {
  return query.split(WINDOW_PLACEHOLDER).join(window);
}

/**
 * PromQL for the indicator's error ratio over `window`: `(bad) / (total)`, or `1 - (good) / (total)` for a
 * good-events SLI. 0 means every event was good.
 */
export function errorRatioQuery(indicator: SloIndicator, window: string): string {
  const total = renderQuery(indicator.total, window);
  if (indicator.bad !== undefined) return `(${renderQuery(indicator.bad, window)})\n/\n(${total})`;
  return `1 - (\n  (${renderQuery(indicator.good!, window)})\n  /\n  (${total})\n)`;
}
