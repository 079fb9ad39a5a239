import { freePort } from '@stratum/emulator';
import {
  PROMETHEUS_BIN,
  startPrometheus as startLocalPrometheus,
} from '@stratum/plugin-stratum-backend/src/prometheus/local';
import type { RunningPrometheus } from '@stratum/plugin-stratum-backend/src/prometheus/local';
import { demoTraffic } from '@stratum/plugin-stratum-backend/src/prometheus/demoTraffic';
import { commandWorks, missing } from '@stratum/testing';

export type { RunningPrometheus };

/** Why the service SLO tab cannot be checked with data here, or undefined (throws under STRATUM_REQUIRE_PREREQS=1). */
export function prometheusSkipReason(): string | undefined {
  return missing('prometheus', commandWorks(PROMETHEUS_BIN, ['--version']), 'apt-get install prometheus');
}

/**
 * A Prometheus on a free port holding the demo traffic of `npm run prometheus:demo` (31 days for payments and
 * orders, backfilled with promtool): the portal's SLOs tab shows live budgets from it.
 */
export async function startPrometheus(): Promise<RunningPrometheus> {
  return startLocalPrometheus(demoTraffic().text, await freePort());
}
