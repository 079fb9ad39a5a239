import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './errors';

/**
 * The workspace root: `STRATUM_ROOT` when set, else the nearest folder at or above `from` holding `nx.json`.
 */
export function findWorkspaceRoot(
  from: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.STRATUM_ROOT) return resolve(env.STRATUM_ROOT);
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new UsageError(
        `No Stratum workspace (a folder with nx.json) at or above ${from}; run this inside the monorepo or set STRATUM_ROOT.`,
      );
    }
    dir = parent;
  }
}
