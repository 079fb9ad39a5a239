import { GraphError, validateGraph, type GraphProject, type ProjectGraph } from '@stratum/graph';
import type { Layer } from '@stratum/config';
import type { OrphanProject, PortalEnvironment, PortalProject } from '@stratum/plugin-stratum-common';
import { importEdges } from '@stratum/workspace';
import { discoverTolerantly, type ServiceInfo } from './discover';
import { readEnvironments } from './environments';

/** What the portal knows about the workspace at one moment. */
export interface WorkspaceSnapshot {
  readonly root: string;
  /** Every project, orphans included, sorted by name, with its dependencies. */
  readonly projects: readonly PortalProject[];
  readonly byName: ReadonlyMap<string, PortalProject>;
  /** The same projects as a `@stratum/graph` graph (an orphan's owner is the empty string). */
  readonly graph: ProjectGraph;
  readonly orphans: readonly OrphanProject[];
  readonly services: readonly ServiceInfo[];
  /** The environments whose files validate, sorted by name (a broken one is a problem instead). */
  readonly environments: readonly PortalEnvironment[];
  /** Configuration problems: unreadable files, layer violations, cycles. */
  readonly problems: readonly string[];
  readonly loadedAt: Date;
}

/**
 * Reads the workspace without giving up on the first problem: projects and their import edges, orphans, services,
 * and every problem found (graph rules included). Throws only for failures that are not about configuration.
 */
export function readWorkspaceSnapshot(root: string, now: () => Date = () => new Date()): WorkspaceSnapshot {
  const discovery = discoverTolerantly(root);
  const edges = importEdges(root, discovery.projects);
  const projects: PortalProject[] = discovery.projects.map((p) => ({
    ...p,
    dependsOn: (edges.get(p.name) ?? []).map((e) => e.target),
  }));
  const graph: ProjectGraph = {
    projects: projects.map((p): GraphProject => ({
      name: p.name,
      root: p.root,
      layer: p.layer as Layer,
      owner: p.owner ?? '',
      ...(p.service ? { service: p.service } : {}),
      dependsOn: p.dependsOn,
    })),
  };
  const environments = readEnvironments(root);
  const problems = [...discovery.problems, ...environments.problems];
  try {
    validateGraph(graph);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    problems.push(...error.problems);
  }
  return {
    root,
    projects,
    byName: new Map(projects.map((p) => [p.name, p])),
    graph,
    orphans: discovery.orphans,
    services: discovery.services,
    environments: environments.environments,
    problems,
    loadedAt: now(),
  };
}
