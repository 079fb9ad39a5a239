import type { Environment } from '@stratum/config';
import type { Workspace } from '@stratum/workspace';
import { isGated } from '../gates/gated';
import { readDatabaseConfig } from './database';
import { readMigrations } from './files';
import { describeFinding, lintMigrations, undeclaredFindings } from './lint';
import type { ProjectMigrations } from './runner';

export interface PreparedMigrations {
  /** Projects of the change with migrations, by name. */
  readonly projects: Map<string, ProjectMigrations>;
  /** Reasons to refuse the run before anything is applied (undeclared destructive statements, bad files). */
  readonly refused: string[];
  /** Declared destructive statements, for the report. */
  readonly declared: string[];
}

/**
 * Reads and lints the migrations of every data project in `projects`. An undeclared destructive statement
 * refuses the change (plan, policy and deploy alike). A declared one is covered by the environment's rule:
 * where the environment is not gated (local, dev) the declaration in the reviewed commit is the cover; in a
 * gated environment the change arrives only through `stratum promote`, whose signed approvals name the commit
 * and so the exact file, and a break-glass deploy refuses declared destructive migrations (see the runner).
 */
export function prepareSchemaMigrations(
  workspace: Workspace,
  projects: Iterable<string>,
): PreparedMigrations {
  const out: PreparedMigrations = { projects: new Map(), refused: [], declared: [] };
  for (const name of [...new Set(projects)].sort()) {
    const project = workspace.projects.get(name);
    if (!project) continue;
    try {
      const files = readMigrations(workspace.root, project.root);
      if (files.length === 0) continue;
      if (project.layer !== 'data') {
        out.refused.push(
          `${project.root}/migrations: schema migrations belong to a data-layer project; ${name} is ${project.layer}. Move them to the service's data project.`,
        );
        continue;
      }
      const findings = lintMigrations(files);
      out.refused.push(...undeclaredFindings(findings));
      out.declared.push(...findings.filter((f) => f.declared).map(describeFinding));
      out.projects.set(name, {
        project: name,
        files,
        database: readDatabaseConfig(workspace.root, project.root),
      });
    } catch (error) {
      out.refused.push(error instanceof Error ? error.message : String(error));
    }
  }
  return out;
}

/**
 * Whether declared destructive migrations may run in this deploy: yes outside gated environments and under
 * promote (its approvals cover the commit); a break-glass deploy of a gated environment gets the reason why not.
 */
export function destructiveCover(env: Environment, promotedFrom: string | undefined): true | string {
  if (!isGated(env) || promotedFrom !== undefined) return true;
  return `${env.name} is gated: a declared destructive migration runs there only through \`stratum promote\`, whose signed approvals of the commit cover it, not through a break-glass deploy`;
}
