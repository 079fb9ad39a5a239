import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeWorkspace, service, sharedProject } from '@stratum/workspace/src/testing';

/** A stack that imports shared projects through the `@shared/*` path, which makes the import edges. */
export function stackImporting(...shared: string[]): string {
  return `${shared.map((name) => `import '@shared/${name}';`).join('\n')}\nexport default class {}\n`;
}

/** The repository's own environment files (local on the emulator; dev, staging and prod not), for test workspaces. */
export function repositoryEnvironments(): Record<string, string> {
  const dir = join(__dirname, '../../../environments');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [`environments/${file}`, readFileSync(join(dir, file), 'utf8')]),
  );
}

/**
 * A small workspace for tests: the repository's environments; shared network (infrastructure) and observability (monitoring, depends on network);
 * payments with app, data, monitoring (wired to observability) and security stacks and an OpenSLO file; orders with
 * an app stack only. `extra` adds or overrides files (e.g. orphans).
 */
export function demoWorkspace(extra: Record<string, string> = {}): string {
  return makeWorkspace({
    ...repositoryEnvironments(),
    ...sharedProject('network', 'infrastructure', 'export default class {}\n', 'export const vpc = 1;\n'),
    ...sharedProject('observability', 'monitoring', stackImporting('network'), 'export const grafana = 1;\n'),
    ...service('payments', 'group:payments-team', {
      app: ['application', stackImporting('network')],
      data: ['data', stackImporting('network')],
      monitoring: ['monitoring', stackImporting('observability')],
      security: ['security'],
    }),
    'services/payments/slo.yaml':
      'apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: payments-availability\nspec:\n  service: payments\n',
    ...service('orders', 'group:orders-team', { app: ['application', stackImporting('network')] }),
    ...extra,
  });
}

/** Files of two orphans: a shared project naming no owner and one naming a group that is not in the org file. */
export const ORPHAN_FILES: Readonly<Record<string, string>> = {
  'shared-infra/lonely/stratum.yaml': 'layer: platform\n',
  'shared-infra/lonely/src/stack.ts': 'export default class {}\n',
  'shared-infra/haunted/stratum.yaml': 'layer: platform\nowner: ghost-team\n',
  'shared-infra/haunted/src/stack.ts': stackImporting('network'),
};

export function removeWorkspace(root: string): void {
  rmSync(root, { recursive: true, force: true });
}
