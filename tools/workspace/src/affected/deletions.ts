import { teardownOrder } from '@stratum/graph';
import type { FileChange } from '../git';
import { loadWorkspace, type Workspace } from '../load';
import { MANIFEST_FILE } from '../manifest';
import { withSnapshot } from '../snapshot';
import type { AffectedRename } from './types';

/** Projects gone since base: destroyed (dependants first, in the base graph) or renamed (previousName). */
export interface Gone {
  readonly destroy: string[];
  readonly renamed: AffectedRename[];
  /** Why each project in `destroy` is listed. */
  readonly reasons: Record<string, string>;
}

/**
 * A project is gone when a stratum.yaml was deleted and its name is not a project at head (a name is its
 * folder, so only a deleted stratum.yaml can make one disappear). The base graph is read only then. A head
 * project whose `previousName` is a gone project renames it; every other gone project is destroyed.
 */
export function deletionsAndRenames(
  root: string,
  from: string,
  changes: readonly FileChange[],
  head: Workspace,
): Gone {
  const deletedRoots = new Set(
    changes
      .filter((c) => c.status === 'D' && (c.path === MANIFEST_FILE || c.path.endsWith(`/${MANIFEST_FILE}`)))
      .map((c) => c.path.slice(0, -(MANIFEST_FILE.length + 1))),
  );
  if (deletedRoots.size === 0) return { destroy: [], renamed: [], reasons: {} };
  const atBase = withSnapshot(root, from, (dir) => loadWorkspace(dir, { validate: false }).graph);
  const gone = atBase.projects.filter((p) => deletedRoots.has(p.root) && !head.projects.has(p.name));
  const renamedBy = new Map(
    [...head.projects.values()].filter((p) => p.previousName).map((p) => [p.previousName!, p]),
  );
  const renamed: AffectedRename[] = [];
  const destroyed: string[] = [];
  const reasons: Record<string, string> = {};
  for (const project of gone) {
    const successor = renamedBy.get(project.name);
    if (successor && !atBase.projects.some((p) => p.name === successor.name)) {
      renamed.push({
        from: project.name,
        to: successor.name,
        fromRoot: project.root,
        toRoot: successor.root,
      });
      continue;
    }
    destroyed.push(project.name);
    reasons[project.name] = `deleted: ${project.root}/${MANIFEST_FILE} removed`;
  }
  return { destroy: teardownOrder(atBase, destroyed), renamed, reasons };
}
