import { counterSeries, type CounterSeries } from '../../prometheus/local';

/**
 * Generated traffic with known good and bad events, for the real-Prometheus tests. Every series has a sample each
 * minute from T0 - 26h to T0 (the evaluation time; a whole minute), so a range [T0 - w, T0] holds samples at both ends and
 * Prometheus's rate() is exactly (v(T0) - v(T0 - w)) / w: no extrapolation, and the ratios below are exact.
 *
 * - payments 200s: 100 per minute throughout (counter starts at 1000).
 * - payments 500s: none, except 2 per minute in the hour ending T0 - 19h and 1 per minute in the hour ending T0
 *   (counter starts at 10, so no range starts at zero, where rate() would shorten its extrapolation).
 */
export const T0 = Date.parse('2026-03-02T00:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SPAN_MINUTES = 26 * 60;

/** The traffic described above, ending at `t0` (ms, a whole minute). */
export function trafficSeries(t0: number): CounterSeries[] {
  // bad events in the minute ending at `at`
  const bad = (at: number) => {
    if (at > t0 - 20 * HOUR && at <= t0 - 19 * HOUR) return 2;
    if (at > t0 - HOUR && at <= t0) return 1;
    return 0;
  };
  const range = { from: t0 - SPAN_MINUTES * MINUTE, to: t0, intervalMs: MINUTE };
  return [
    counterSeries({ service: 'payments', code: '200' }, range, 1000, () => 100),
    counterSeries({ service: 'payments', code: '500' }, range, 10, bad),
  ];
}

export const SERIES: readonly CounterSeries[] = trafficSeries(T0);

const sli = (side: 'good' | 'bad', query: string, total: string) => `    spec:
      ratioMetric:
        counter: true
        ${side}:
          metricSource:
            type: Prometheus
            spec:
              query: ${query}
        total:
          metricSource:
            type: Prometheus
            spec:
              query: ${total}
`;

const slo = (name: string, target: number, indicator: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${name}
spec:
  service: payments
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 1d
      isRolling: true
  objectives:
    - target: ${target}
  indicator:
    metadata:
      name: ${name}-sli
${indicator}`;

const TOTAL = 'sum(rate(http_requests_total{service="payments"}[{{window}}]))';

/**
 * Four SLOs over the series, each with a one-day window: availability from bad events (target 0.995), the same
 * from good events (target 0.99), one whose queries match no series, one whose query Prometheus rejects.
 */
export const TEST_SLO_YAML = [
  slo(
    'availability',
    0.995,
    sli('bad', 'sum(rate(http_requests_total{service="payments",code=~"5.."}[{{window}}]))', TOTAL),
  ),
  slo(
    'availability-good',
    0.99,
    sli('good', 'sum(rate(http_requests_total{service="payments",code!~"5.."}[{{window}}]))', TOTAL),
  ),
  slo(
    'silent',
    0.99,
    sli(
      'bad',
      'sum(rate(http_requests_total{service="nobody",code=~"5.."}[{{window}}]))',
      'sum(rate(http_requests_total{service="nobody"}[{{window}}]))',
    ),
  ),
  slo('broken', 0.99, sli('bad', 'sum(rate(http_requests_total{[{{window}}]))', TOTAL)),
].join('---\n');
