import { ownerLookup } from './inputs/owner';
import { SourceGraph } from './inputs/source-graph';

/** A folder that owns source files: a project name and its root relative to the workspace. */
export interface ProjectRoot {
  readonly name: string;
  readonly root: string;
}

/** One import that crosses into another project. */
export interface ImportEdge {
  readonly target: string;
  /** The importing file, relative to the workspace root. */
  readonly sourceFile: string;
}

/**
 * The dependencies each project's code makes: every import in its source (tests excluded) is resolved
 * with the workspace tsconfig (paths included), and a resolved file inside another project's folder
 * (one of `targets`, default: the sources themselves) is an edge to that project.
 * Returns source project name → edges sorted by target, one per target (the first importing file).
 * Pass the workspace's SourceGraph to share its resolutions with the input model.
 */
export function importEdges(
  root: string,
  sources: readonly ProjectRoot[],
  targets: readonly ProjectRoot[] = sources,
  graph: SourceGraph = new SourceGraph(root),
): Map<string, ImportEdge[]> {
  const owning = ownerLookup(targets);
  const edges = new Map<string, ImportEdge[]>();
  for (const project of sources) {
    const deps = new Map<string, string>();
    for (const file of graph.sourceFiles(project.root)) {
      for (const imported of graph.imports(file)) {
        const target = owning(imported.file);
        if (target && target.name !== project.name && !deps.has(target.name)) deps.set(target.name, file);
      }
    }
    edges.set(
      project.name,
      [...deps]
        .map(([target, sourceFile]) => ({ target, sourceFile }))
        .sort((a, b) => a.target.localeCompare(b.target)),
    );
  }
  return edges;
}
