import { indexByName, layerRank } from './rules';
import type { GraphProject, ProjectGraph } from './types';

/** Deterministic tie-break: lower layer first, then name. */
function compareProjects(a: GraphProject, b: GraphProject): number {
  return layerRank(a.layer) - layerRank(b.layer) || a.name.localeCompare(b.name);
}

/**
 * Deploy order of `names` (default: every project): dependencies before dependants, ties broken by layer
 * then name, so the same graph always gives the same order. Edges to projects outside the set are ignored.
 * Assumes a validated (acyclic) graph.
 */
export function deployOrder(graph: ProjectGraph, names?: Iterable<string>): string[] {
  const byName = indexByName(graph);
  const wanted = new Set(names ?? byName.keys());
  const members = [...wanted].map((n) => byName.get(n)).filter((p): p is GraphProject => !!p);
  const remaining = new Map(
    members.map((p) => [p.name, p.dependsOn.filter((d) => wanted.has(d) && d !== p.name).length]),
  );
  const dependants = dependantsIndex(members);
  const ready = members.filter((p) => remaining.get(p.name) === 0).sort(compareProjects);
  const order: string[] = [];
  while (ready.length > 0) {
    const next = ready.shift()!;
    order.push(next.name);
    for (const child of dependants.get(next.name) ?? []) {
      const left = (remaining.get(child.name) ?? 0) - 1;
      remaining.set(child.name, left);
      if (left === 0) {
        ready.push(child);
        ready.sort(compareProjects);
      }
    }
  }
  return order;
}

/** Destroy / rollback order: dependants first (the reverse of deploy order). */
export function teardownOrder(graph: ProjectGraph, names?: Iterable<string>): string[] {
  return deployOrder(graph, names).reverse();
}

/** `names` plus every project that depends on them, directly or not. */
export function withDependants(graph: ProjectGraph, names: Iterable<string>): Set<string> {
  const dependants = dependantsIndex(graph.projects);
  const out = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (out.has(name)) continue;
    out.add(name);
    for (const child of dependants.get(name) ?? []) queue.push(child.name);
  }
  return out;
}

/** `names` plus everything they depend on, directly or not. */
export function withDependencies(graph: ProjectGraph, names: Iterable<string>): Set<string> {
  const byName = indexByName(graph);
  const out = new Set<string>();
  const queue = [...names];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (out.has(name)) continue;
    out.add(name);
    for (const dep of byName.get(name)?.dependsOn ?? []) queue.push(dep);
  }
  return out;
}

/** Groups of projects that can deploy together (each depends only on earlier groups): Terragrunt-style waves. */
export function deployWaves(graph: ProjectGraph, names?: Iterable<string>): string[][] {
  const byName = indexByName(graph);
  const order = deployOrder(graph, names);
  const inSet = new Set(order);
  const level = new Map<string, number>();
  for (const name of order) {
    const deps = (byName.get(name)?.dependsOn ?? []).filter((d) => inSet.has(d));
    level.set(name, deps.length === 0 ? 0 : Math.max(...deps.map((d) => (level.get(d) ?? 0) + 1)));
  }
  const waves: string[][] = [];
  for (const name of order) (waves[level.get(name)!] ??= []).push(name);
  return waves;
}

function dependantsIndex(projects: readonly GraphProject[]): Map<string, GraphProject[]> {
  const index = new Map<string, GraphProject[]>();
  for (const project of projects) {
    for (const dep of project.dependsOn) {
      const list = index.get(dep) ?? [];
      list.push(project);
      index.set(dep, list);
    }
  }
  return index;
}
