import { ConfigError, listEnvironments, loadEnvironment } from '@stratum/config';
import type { PortalEnvironment } from '@stratum/plugin-stratum-common';

/**
 * The environments under `environments/`, each validated by `@stratum/config`; a file that does not validate is left
 * out and its error collected, so one broken file does not hide the others.
 */
export function readEnvironments(root: string): { environments: PortalEnvironment[]; problems: string[] } {
  const environments: PortalEnvironment[] = [];
  const problems: string[] = [];
  for (const name of listEnvironments(root)) {
    try {
      const env = loadEnvironment(root, name);
      environments.push({ name: env.name, local: env.endpoint !== undefined });
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
    }
  }
  return { environments, problems };
}
