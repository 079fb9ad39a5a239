import type { Knex } from 'knex';

/**
 * Which of `projects` have at least one successful stack event in the ledger (any environment): one statement per
 * 500 projects, each an index probe on `stack_events(project, ...)` that stops at the first success.
 */
export async function deployedProjects(knex: Knex, projects: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < projects.length; i += 500) {
    const batch = projects.slice(i, i + 500);
    const result = await knex.raw(
      `with candidates(project) as (values ${batch.map(() => '(?)').join(', ')})
       select c.project from candidates c
       where exists (select 1 from stack_events e where e.project = c.project and e.status = 'succeeded')`,
      batch,
    );
    const rows = (Array.isArray(result) ? result : (result as { rows: { project: string }[] }).rows) as {
      project: string;
    }[];
    for (const row of rows) out.add(row.project);
  }
  return out;
}
