// A local Prometheus with 31 days of generated traffic for the example services, so the portal's SLOs tabs have live
// budgets without a real cluster:
//
//   npm run prometheus:demo [-- --port 9090]
//
// then `npm start` (the backend reads http://localhost:9090 unless stratum.prometheus.baseUrl says otherwise). The
// series match the queries of services/payments/slo.yaml and services/orders/slo.yaml. Ctrl-C stops it and removes
// its data. Needs Debian's prometheus package (prometheus and promtool).
import { startPrometheus } from './local';
import { demoTraffic } from './demoTraffic';

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
  const traffic = demoTraffic();
  process.stdout.write(`Backfilling ${traffic.seriesCount} series over 31 days with promtool...\n`);
  const prometheus = await startPrometheus(traffic.text, port);
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
