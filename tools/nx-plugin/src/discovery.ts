import { ConfigError } from '@stratum/config';
import {
  discoveryInputs,
  scanWorkspace,
  type DiscoveredProject,
  type WorkspaceProblem,
  type WorkspaceScan,
} from '@stratum/workspace';
import { hashArray } from 'nx/src/devkit-exports';

/** What createNodes and createDependencies need of discovery: the sound projects and the problems by folder. */
export interface Discovery {
  readonly scan: WorkspaceScan;
  /** Projects with an owner and no problem of their own: the ones that become Nx projects, sorted by name. */
  readonly sound: readonly DiscoveredProject[];
  /** The problems of each project folder. */
  readonly problemsOf: ReadonlyMap<string, readonly WorkspaceProblem[]>;
}

/** Discoveries by hash of what discovery reads; a few, as content changes while the daemon runs. */
const discoveries = new Map<string, Discovery>();
const KEPT = 4;

/**
 * The discovery of `root`, computed once per hash of the files it reads (manifests, catalog-info.yaml files, the
 * org file, which stack entries exist), so createNodes and createDependencies share it.
 */
export function discover(root: string): Discovery {
  const key = hashArray([root, ...discoveryInputs(root)]);
  const cached = discoveries.get(key);
  if (cached) return cached;
  const discovery = fromScan(scanWorkspace(root));
  if (discoveries.size >= KEPT) discoveries.delete(discoveries.keys().next().value!);
  discoveries.set(key, discovery);
  return discovery;
}

function fromScan(scan: WorkspaceScan): Discovery {
  const problemsOf = new Map<string, WorkspaceProblem[]>();
  for (const problem of scan.problems)
    for (const root of problem.projects) problemsOf.set(root, [...(problemsOf.get(root) ?? []), problem]);
  const sound = scan.projects.filter(
    (p): p is DiscoveredProject => p.owner !== null && !problemsOf.has(p.root),
  );
  return { scan, sound, problemsOf };
}

/** Problems as one ConfigError naming the file, as the strict loader reports them. */
export function problemError(problems: readonly WorkspaceProblem[], file: string): ConfigError {
  return new ConfigError(problems.map((p) => p.message).join('\n'), file, problems[0]?.field);
}
