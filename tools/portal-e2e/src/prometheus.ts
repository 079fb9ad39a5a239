import { freePort } from '@stratum/emulator';
import {
  PROMETHEUS_BIN,
  startPrometheus as startLocalPrometheus,
} from '@stratum/plugin-stratum-backend/src/prometheus/local';
import type { RunningPrometheus } from '@stratum/plugin-stratum-backend/src/prometheus/local';
import { commandWorks, missing } from '@stratum/testing';

export type { RunningPrometheus };

/** Why the service SLO tab cannot be checked with data here, or undefined (throws under STRATUM_REQUIRE_PREREQS=1). */
export function prometheusSkipReason(): string | undefined {
  return missing('prometheus', commandWorks(PROMETHEUS_BIN, ['--version']), 'apt-get install prometheus');
}

/**
 * An empty Prometheus (no scrape targets, no samples) on a free port: the portal's service SLO tab asks it for the
 * SLIs and shows each SLO of services/<service>/slo.yaml without samples. The same starter as the backend's tests.
 */
export async function startPrometheus(): Promise<RunningPrometheus> {
  return startLocalPrometheus(undefined, await freePort());
}
