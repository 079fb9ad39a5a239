// A local Prometheus with 31 days of generated traffic for the example services, so the portal's SLOs tabs have live
// budgets without a real cluster:
//
//   npx tsx plugins/stratum-backend/src/prometheus/demo.ts [--port 9090]
//
// then `npm start` (the backend reads http://localhost:9090 unless stratum.prometheus.baseUrl says otherwise). The
// series match the queries of services/payments/slo.yaml and services/orders/slo.yaml. Ctrl-C stops it and removes
// its data. Needs Debian's prometheus package (prometheus and promtool).
import { counterSeries, openMetrics, startPrometheus, type CounterSeries } from './local';

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

function portArgument(argv: readonly string[]): number {
  const index = argv.indexOf('--port');
  if (index === -1) return 9090;
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`--port: got ${JSON.stringify(argv[index + 1])}; give a TCP port such as 9090.`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portArgument(process.argv.slice(2));
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  const series: CounterSeries[] = [
    // payments (99.9%): a 2-hour 1% incident 10 days ago and a 30-minute 5% one 3 hours ago
    ...traffic('payments', '500', now, [
      [240, 2, 0.01],
      [3, 0.5, 0.05],
    ]),
    // orders (99.5%): a 6-hour 4% incident 20 days ago
    ...traffic('orders', '503', now, [[480, 6, 0.04]]),
  ];
  process.stdout.write(`Backfilling ${series.length} series over 31 days with promtool...\n`);
  const prometheus = await startPrometheus(openMetrics('http_requests', series), port);
  process.stdout.write(
    `Prometheus with demo traffic for payments and orders at ${prometheus.url}; ` +
      `set stratum.prometheus.baseUrl to it if it is not http://localhost:9090. Ctrl-C stops it.\n`,
  );
  const stop = () => void prometheus.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
