import { validateGraph, type GraphProject, type ProjectGraph } from '@stratum/graph';
import { discoverProjects } from './discover';
import { importEdges } from './imports';
import { SourceGraph } from './inputs/source-graph';
import type { DiscoveredProject } from './scan';

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
  const workspace = connectProjects(root, discoverProjects(root));
  if (validate) validateGraph(workspace.graph);
  return workspace;
}

/** The workspace of these projects (the sound part of a scan, say): edges from imports, graph not validated. */
export function connectProjects(root: string, discovered: readonly DiscoveredProject[]): Workspace {
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
  return { root, graph, projects: new Map(discovered.map((p) => [p.name, p])), sources };
}
