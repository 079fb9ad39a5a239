import { counterSeries, openMetrics, type CounterSeries } from './local';

// Generated traffic for the example services, matching the queries of services/payments/slo.yaml and
// services/orders/slo.yaml: used by `npm run prometheus:demo` and by the portal's browser tests.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Requests per two-minute sample and the share failing: a quiet background and a few incidents. */
function traffic(
  service: string,
  errorCode: string,
  now: number,
  incidents: readonly [number, number, number][],
) {
  const range = { from: now - 31 * DAY, to: now, intervalMs: 2 * MINUTE };
  const requests = 600;
  // incidents: [start hours ago, length in hours, error share]
  const share = (at: number) => {
    const hoursAgo = (now - at) / HOUR;
    const hit = incidents.find(([start, length]) => hoursAgo <= start && hoursAgo > start - length);
    return hit ? hit[2] : 0.0002;
  };
  return [
    counterSeries({ service, code: '200' }, range, 10_000, (at) => requests * (1 - share(at))),
    counterSeries({ service, code: errorCode }, range, 10, (at) => requests * share(at)),
  ];
}

/**
 * 31 days of `http_requests` counters for payments and orders up to `now` (ms), as OpenMetrics text for
 * `startPrometheus`: payments (99.9%) has a 2-hour 1% incident 10 days ago and a 30-minute 5% one 3 hours ago;
 * orders (99.5%) a 6-hour 4% incident 20 days ago. The rest of the time 0.02% of requests fail.
 */
export function demoTraffic(now: number = Date.now()): {
  readonly text: string;
  readonly seriesCount: number;
} {
  const at = Math.floor(now / MINUTE) * MINUTE;
  const series: CounterSeries[] = [
    // payments (99.9%): a 2-hour 1% incident 10 days ago and a 30-minute 5% one 3 hours ago
    ...traffic('payments', '500', at, [
      [240, 2, 0.01],
      [3, 0.5, 0.05],
    ]),
    // orders (99.5%): a 6-hour 4% incident 20 days ago
    ...traffic('orders', '503', at, [[480, 6, 0.04]]),
  ];
  return { text: openMetrics('http_requests', series), seriesCount: series.length };
}
