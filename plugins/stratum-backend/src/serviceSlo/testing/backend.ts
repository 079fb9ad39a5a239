import type { TestBackend } from '@backstage/backend-test-utils';
import { startStratumBackend } from '../../testing/backend';

/** Boots the Stratum plugin alone on `root`, the ledger at `connection` and the Prometheus at `prometheusUrl`. */
export function startWithPrometheus(
  root: string,
  connection: string,
  prometheusUrl: string,
): Promise<TestBackend> {
  return startStratumBackend(root, connection, { prometheus: { baseUrl: prometheusUrl, timeoutSeconds: 5 } });
}
