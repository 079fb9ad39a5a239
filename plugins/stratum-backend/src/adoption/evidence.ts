import type { Knex } from 'knex';

/** Which of `projects` have at least one successful stack event in the ledger (any environment); one bounded query. */
export async function deployedProjects(knex: Knex, projects: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < projects.length; i += 500) {
    const rows: { project: string }[] = await knex('stack_events')
      .distinct('project')
      .whereIn('project', projects.slice(i, i + 500))
      .where('status', 'succeeded');
    for (const row of rows) out.add(row.project);
  }
  return out;
}
