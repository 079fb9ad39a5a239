import { UsageError } from '@stratum/config';
import {
  deployOrder,
  findCycle,
  GraphError,
  indexByName,
  unknownDependencies,
  validateGraph,
  type GraphProject,
  type ProjectGraph,
} from '@stratum/graph';
import type { DeploymentPlan, StackUnit } from './types';

export interface PlanInput {
  /** Projects to deploy; dependencies outside this set are taken as already deployed. */
  readonly projects: Iterable<string>;
  /** Regions of the environment; every project becomes one unit per region. */
  readonly regions: readonly string[];
}

/** The id of a project's unit in one region. */
export function unitId(project: string, region: string): string {
  return `${project}@${region}`;
}

/**
 * The units to deploy for `projects` in every region of `regions`. A unit depends on the units of its
 * project's dependencies in the same region, when those projects are in the set.
 * Throws GraphError for an invalid graph, UsageError for unknown projects or bad regions.
 */
export function planDeployment(graph: ProjectGraph, { projects, regions }: PlanInput): DeploymentPlan {
  validateGraph(graph);
  const byName = indexByName(graph);
  const wanted = [...new Set(projects)];
  const unknown = wanted.filter((name) => !byName.has(name)).sort();
  if (unknown.length > 0) {
    const known = [...byName.keys()].sort();
    const shown = known.length > 20 ? `${known.slice(0, 20).join(', ')}, ...` : known.join(', ');
    throw new UsageError(
      `Unknown project${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')}; ` +
        `known projects: ${shown || '(none)'}. Check the spelling or run \`stratum graph\`.`,
    );
  }
  if (regions.length === 0)
    throw new UsageError('No region to deploy to: the environment must list at least one region.');
  if (new Set(regions).size !== regions.length) {
    throw new UsageError(`Regions repeat in [${regions.join(', ')}]; list each region once.`);
  }
  const inSet = new Set(wanted);
  const units: StackUnit[] = [];
  for (const name of deployOrder(graph, wanted)) {
    const project = byName.get(name)!;
    const deps = project.dependsOn.filter((d) => inSet.has(d) && d !== name);
    for (const region of regions) {
      units.push({
        id: unitId(name, region),
        project: name,
        region,
        layer: project.layer,
        dependsOn: deps.map((d) => unitId(d, region)).sort(),
      });
    }
  }
  return createPlan(units);
}

/**
 * A plan from hand-made units: validated (unique ids, known dependencies, no cycle) and put in
 * deterministic deploy order. Throws GraphError listing every problem.
 */
export function createPlan(units: readonly StackUnit[]): DeploymentPlan {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id))
      problems.push(`Unit '${unit.id}' appears twice in the plan; each unit id must be unique.`);
    seen.add(unit.id);
  }
  const graph = unitGraph(units);
  problems.push(...unknownDependencies(graph));
  const cycle = findCycle(graph);
  if (cycle) problems.push(`Dependency cycle between units: ${cycle.join(' -> ')}.`);
  if (problems.length > 0) throw new GraphError(problems);
  const byId = new Map(units.map((u) => [u.id, u]));
  return { units: deployOrder(graph).map((id) => byId.get(id)!) };
}

/** The units as a ProjectGraph (unit id as project name), to reuse the graph algorithms. */
export function unitGraph(units: readonly StackUnit[]): ProjectGraph {
  const projects: GraphProject[] = units.map((u) => ({
    name: u.id,
    root: '',
    layer: u.layer,
    owner: '',
    dependsOn: u.dependsOn,
  }));
  return { projects };
}

/** For every unit id, the ids of the units that depend on it directly, in plan order. */
export function dependantsIndex(units: readonly StackUnit[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const unit of units) {
    for (const dep of unit.dependsOn) {
      const list = index.get(dep);
      if (list) list.push(unit.id);
      else index.set(dep, [unit.id]);
    }
  }
  return index;
}

/** Throws a UsageError unless `concurrency` is a whole number of at least 1. */
export function checkConcurrency(concurrency: number): void {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new UsageError(
      `Concurrency must be a whole number of at least 1 (got ${concurrency}); pass e.g. --concurrency 4.`,
    );
  }
}
