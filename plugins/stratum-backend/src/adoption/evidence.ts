import type { Knex } from 'knex';
import type { PortalEnvironment } from '@stratum/plugin-stratum-common';

/**
 * The environments whose deploys are adoption evidence: those of the workspace that are not local (no `endpoint` in
 * their file, i.e. not the emulator). A deploy to local proves the code synthesizes and applies on a laptop, not
 * that the service ships through the pipeline; an environment no longer in the workspace, or whose file does not
 * validate, is not known to be real and does not count either.
 */
export function evidenceEnvironments(environments: readonly PortalEnvironment[]): string[] {
  return environments.filter((e) => !e.local).map((e) => e.name);
}

/**
 * Which of `projects` have at least one successful stack event in the ledger in one of `envs`: one statement per 500
 * projects, each an index probe on `stack_events(project, env, ...)` per environment that stops at the first success.
 */
export async function deployedProjects(
  knex: Knex,
  projects: readonly string[],
  envs: readonly string[],
): Promise<Set<string>> {
  const out = new Set<string>();
  if (envs.length === 0) return out;
  const envList = envs.map(() => '?').join(', ');
  for (let i = 0; i < projects.length; i += 500) {
    const batch = projects.slice(i, i + 500);
    const result = await knex.raw(
      `with candidates(project) as (values ${batch.map(() => '(?)').join(', ')})
       select c.project from candidates c
       where exists (select 1 from stack_events e
                     where e.project = c.project and e.env in (${envList}) and e.status = 'succeeded')`,
      [...batch, ...envs],
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: { project: string }[] }).rows) as {
      project: string;
    }[];
    for (const row of rows) out.add(row.project);
  }
  return out;
}
