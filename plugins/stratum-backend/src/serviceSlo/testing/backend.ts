import { mockServices, startTestBackend, type TestBackend } from '@backstage/backend-test-utils';
import { stratumPlugin } from '../../plugin';

/** Boots the Stratum plugin alone on `root`, the ledger at `connection` and the Prometheus at `prometheusUrl`. */
export function startWithPrometheus(
  root: string,
  connection: string,
  prometheusUrl: string,
): Promise<TestBackend> {
  return startTestBackend({
    features: [
      stratumPlugin,
      mockServices.rootConfig.factory({
        data: {
          stratum: {
            workspaceRoot: root,
            ledger: { connection },
            prometheus: { baseUrl: prometheusUrl, timeoutSeconds: 5 },
            commitLookupSeconds: 0,
            workspaceCacheSeconds: 0,
          },
        },
      }),
    ],
  });
}
