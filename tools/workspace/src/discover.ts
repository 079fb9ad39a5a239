import { ConfigError } from '@stratum/config';
import { ORG_FILE } from './catalog';
import { scanWorkspace, type DiscoveredProject, type ScannedProject } from './scan';

/**
 * Finds every project (see `scanWorkspace`), strictly: all problems are thrown together as one ConfigError, an
 * unreadable org file on its own (every owner check depends on it).
 */
export function discoverProjects(root: string): DiscoveredProject[] {
  const { projects, problems } = scanWorkspace(root);
  const org = problems.find((p) => p.file === ORG_FILE);
  if (org) throw new ConfigError(org.message, org.file, org.field);
  if (problems.length > 0) {
    const messages = problems.map((p) => p.message);
    throw new ConfigError(messages.join('\n'), firstFile(messages));
  }
  return projects.filter(owned);
}

/** With no problems every project is owned; the filter says so to the type checker. */
function owned(project: ScannedProject): project is DiscoveredProject {
  return project.owner !== null;
}

/** The file named at the start of the first problem, for ConfigError.file. */
function firstFile(problems: readonly string[]): string {
  return problems[0]?.split(':')[0] ?? '';
}
