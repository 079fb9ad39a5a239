import { validateGraph, type GraphProject, type ProjectGraph } from '@stratum/graph';
import { discoverProjects, type DiscoveredProject } from './discover';
import { importEdges } from './imports';
import { SourceGraph } from './inputs/source-graph';

export interface Workspace {
  readonly root: string;
  readonly graph: ProjectGraph;
  /** Discovered projects by name, with their stack entry files. */
  readonly projects: ReadonlyMap<string, DiscoveredProject>;
  /** The import resolutions made while computing edges, for reuse (the input model walks the same files). */
  readonly sources: SourceGraph;
}

/**
 * Discovers projects, computes edges from imports and validates the graph (layers, cycles).
 * Throws ConfigError for bad project metadata and GraphError for a bad graph.
 */
export function loadWorkspace(
  root: string,
  { validate = true }: { readonly validate?: boolean } = {},
): Workspace {
  const discovered = discoverProjects(root);
  const sources = new SourceGraph(root);
  const edges = importEdges(root, discovered, discovered, sources);
  const projects: GraphProject[] = discovered.map((p) => ({
    name: p.name,
    root: p.root,
    layer: p.layer,
    owner: p.owner,
    ...(p.service ? { service: p.service } : {}),
    dependsOn: (edges.get(p.name) ?? []).map((e) => e.target),
  }));
  const graph: ProjectGraph = { projects };
  if (validate) validateGraph(graph);
  return { root, graph, projects: new Map(discovered.map((p) => [p.name, p])), sources };
}
