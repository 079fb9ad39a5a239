import { createPlan } from './plan';
import type { DeploymentPlan, StackUnit } from './types';

/** The id of a project's schema-migrations unit in one region: `<project>:migrations@<region>`. */
export function migrationUnitId(project: string, region: string): string {
  return `${project}:migrations@${region}`;
}

/**
 * The plan with one migrations unit after the stack unit of every project in `projects` (projects with
 * `migrations/`), in every region that project has a unit in. The migrations unit depends on the stack, and
 * every unit that depended on the stack depends on the migrations too, so the scheduler orders, skips and
 * rolls back migrations as it does stacks: after the data stack, before its dependants, dependants first on
 * the way back. Projects not in the plan are ignored.
 */
export function withMigrationUnits(plan: DeploymentPlan, projects: Iterable<string>): DeploymentPlan {
  const migrating = new Set(projects);
  const added = new Map<string, StackUnit>();
  for (const unit of plan.units) {
    if ((unit.kind ?? 'stack') !== 'stack' || !migrating.has(unit.project)) continue;
    const id = migrationUnitId(unit.project, unit.region);
    added.set(unit.id, {
      id,
      project: unit.project,
      region: unit.region,
      layer: unit.layer,
      dependsOn: [unit.id],
      kind: 'migrations',
    });
  }
  if (added.size === 0) return plan;
  const units = plan.units.map((unit) => {
    const extra = unit.dependsOn.flatMap((dep) => (added.has(dep) ? [added.get(dep)!.id] : []));
    return extra.length === 0 ? unit : { ...unit, dependsOn: [...unit.dependsOn, ...extra].sort() };
  });
  return createPlan([...units, ...added.values()]);
}
