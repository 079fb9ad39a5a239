import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { mockServices, startTestBackend, type TestBackend } from '@backstage/backend-test-utils';
import { demoWorkspace } from '@stratum/plugin-stratum-node/src/testing';
import { stratumPlugin } from '../plugin';
import { DEFAULT_OBJECTIVES_FILE } from '../slo/objectives';

/** The repository's own objectives file, copied into test workspaces. */
export function repositoryObjectives(): string {
  return readFileSync(join(__dirname, '../../../../', DEFAULT_OBJECTIVES_FILE), 'utf8');
}

/** A demo workspace that also holds the objectives file. */
export function portalWorkspace(extra: Record<string, string> = {}): string {
  const root = demoWorkspace(extra);
  mkdirSync(join(root, 'tools/portal'), { recursive: true });
  writeFileSync(join(root, DEFAULT_OBJECTIVES_FILE), repositoryObjectives());
  return root;
}

/**
 * Boots the Stratum plugin alone in a test backend on `root` and the ledger at `connection`; `stratum` adds keys of
 * the plugin's config (e.g. `prometheus`).
 */
export function startStratumBackend(
  root: string,
  connection: string,
  stratum: Record<string, unknown> = {},
): Promise<TestBackend> {
  return startTestBackend({
    features: [
      stratumPlugin,
      mockServices.rootConfig.factory({
        data: {
          stratum: {
            workspaceRoot: root,
            ledger: { connection },
            commitLookupSeconds: 0,
            workspaceCacheSeconds: 0,
            ...stratum,
          },
        },
      }),
    ],
  });
}
