import { LAYERS } from '@stratum/config';
import { GraphError, type GraphProject, type ProjectGraph } from './types';

/** Position of a layer in deploy order; lower layers deploy first. */
export function layerRank(layer: GraphProject['layer']): number {
  return LAYERS.indexOf(layer);
}

/** Edges that point from a lower layer up to a higher one, each described with both projects and layers. */
export function layerViolations(graph: ProjectGraph): string[] {
  const byName = indexByName(graph);
  const problems: string[] = [];
  for (const project of graph.projects) {
    for (const dep of project.dependsOn) {
      const target = byName.get(dep);
      if (target && layerRank(target.layer) > layerRank(project.layer)) {
        problems.push(
          `Layer violation: ${project.name} (layer ${project.layer}) depends on ${target.name} (layer ${target.layer}); ` +
            `a project may depend only on its own or a lower layer (${LAYERS.join(' → ')}). ` +
            `Move the shared value down a layer or change ${project.name}'s layer.`,
        );
      }
    }
  }
  return problems;
}

/** Dependencies naming no project in the graph. */
export function unknownDependencies(graph: ProjectGraph): string[] {
  const byName = indexByName(graph);
  return graph.projects.flatMap((project) =>
    project.dependsOn
      .filter((dep) => !byName.has(dep))
      .map((dep) => `${project.name} depends on '${dep}', which is not a project in this workspace.`),
  );
}

/**
 * The first cycle found, as a path that returns to its start (`a -> b -> a`), or undefined.
 * Deterministic: projects and edges are visited in name order.
 */
export function findCycle(graph: ProjectGraph): string[] | undefined {
  const byName = indexByName(graph);
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  function visit(name: string): string[] | undefined {
    state.set(name, 'visiting');
    stack.push(name);
    const deps = [...(byName.get(name)?.dependsOn ?? [])].sort();
    for (const dep of deps) {
      if (!byName.has(dep)) continue;
      const seen = state.get(dep);
      if (seen === 'visiting') return [...stack.slice(stack.indexOf(dep)), dep];
      if (seen === undefined) {
        const cycle = visit(dep);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  }

  for (const name of [...byName.keys()].sort()) {
    if (state.has(name)) continue;
    const cycle = visit(name);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Throws a GraphError listing every unknown dependency, layer violation and the first cycle. */
export function validateGraph(graph: ProjectGraph): void {
  const problems = [...unknownDependencies(graph), ...layerViolations(graph)];
  const cycle = findCycle(graph);
  if (cycle)
    problems.push(
      `Dependency cycle: ${cycle.join(' -> ')}. Break it by moving the shared value into a lower project.`,
    );
  if (problems.length > 0) throw new GraphError(problems);
}

export function indexByName(graph: ProjectGraph): Map<string, GraphProject> {
  return new Map(graph.projects.map((p) => [p.name, p]));
}
