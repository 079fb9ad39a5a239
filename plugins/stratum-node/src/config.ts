import { resolve } from 'node:path';
import type { Config } from '@backstage/config';
import { findWorkspaceRoot } from '@stratum/config';

/**
 * The workspace root from `stratum.workspaceRoot` (relative paths from `cwd`), else the nearest folder with nx.json
 * at or above `cwd`.
 */
export function workspaceRootFromConfig(config: Config, cwd: string): string {
  const configured = config.getOptionalString('stratum.workspaceRoot');
  if (configured) return resolve(cwd, configured);
  return findWorkspaceRoot(cwd, {});
}
