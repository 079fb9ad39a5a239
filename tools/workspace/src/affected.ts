import { deployOrder, teardownOrder, withDependants, type ProjectGraph } from '@stratum/graph';
import { changedFiles, git, mergeBase, resolveCommit, type FileChange } from './git';
import { loadWorkspace } from './load';
import { MANIFEST_FILE } from './manifest';
import { withSnapshot } from './snapshot';

/**
 * Files every project's synthesized output depends on: a change to one of them affects every project.
 * Keep in step with the synth target's inputs in tools/nx-plugin/src/targets.ts.
 */
export const GLOBAL_INPUTS: readonly RegExp[] = [
  /^tools\/(constructs|config|synth|workspace)\/src\//,
  /^environments\/[^/]+\.yaml$/,
  /^services\/org\.yaml$/,
  /^tsconfig\.json$/,
  /^package(-lock)?\.json$/,
];

export interface AffectedOptions {
  /** Base ref (branch, tag, sha). */
  readonly base: string;
  /** Head ref; undefined means the working tree (committed, staged, unstaged and untracked changes). */
  readonly head?: string;
}

export interface AffectedResult {
  readonly base: string;
  readonly head: string;
  /** Projects to deploy, in deploy order: changed projects plus all their dependants. */
  readonly deploy: string[];
  /** Projects deleted between base and head, to destroy, dependants first. */
  readonly destroy: string[];
  /** Why each project is listed. */
  readonly reasons: Record<string, string>;
}

/**
 * The projects a change touches. Files map to the project whose folder holds them (and a service's
 * catalog-info.yaml to all of its projects); a global input affects everything; dependants follow. Projects
 * whose `stratum.yaml` disappeared are listed for destroy in the order of the base commit's graph, instead
 * of marking everything affected.
 */
export function computeAffected(root: string, { base, head }: AffectedOptions): AffectedResult {
  const baseSha = resolveCommit(root, base, '--base');
  const headSha = head ? resolveCommit(root, head, '--head') : undefined;
  const from = mergeBase(root, baseSha, headSha ?? resolveCommit(root, 'HEAD', 'HEAD'));
  const changes = changedFiles(root, from, headSha);
  const atHead =
    headSha && headSha !== currentHead(root)
      ? withSnapshot(root, headSha, (dir) => loadWorkspace(dir).graph)
      : loadWorkspace(root).graph;

  const reasons: Record<string, string> = {};
  const direct = directlyAffected(atHead, changes, reasons);
  const closure = withDependants(atHead, direct);
  for (const name of closure) {
    if (reasons[name]) continue;
    const via = atHead.projects.find((p) => p.name === name)!.dependsOn.filter((d) => closure.has(d));
    reasons[name] = `depends on ${via.join(', ')}`;
  }

  const deleted = changes
    .filter((c) => c.status === 'D' && c.path.endsWith(`/${MANIFEST_FILE}`))
    .map((c) => c.path.slice(0, -(MANIFEST_FILE.length + 1)));
  let destroy: string[] = [];
  if (deleted.length > 0) {
    const atBase = withSnapshot(root, from, (dir) => loadWorkspace(dir, { validate: false }).graph);
    const names = atBase.projects
      .filter((p) => deleted.includes(p.root) && !atHead.projects.some((h) => h.name === p.name))
      .map((p) => p.name);
    for (const name of names)
      reasons[name] =
        `deleted: ${atBase.projects.find((p) => p.name === name)!.root}/${MANIFEST_FILE} removed`;
    destroy = teardownOrder(atBase, names);
  }
  return {
    base: from,
    head: headSha ?? 'working-tree',
    deploy: deployOrder(atHead, closure),
    destroy,
    reasons,
  };
}

function directlyAffected(
  graph: ProjectGraph,
  changes: readonly FileChange[],
  reasons: Record<string, string>,
): Set<string> {
  const direct = new Set<string>();
  const mark = (name: string, why: string) => {
    direct.add(name);
    reasons[name] ??= why;
  };
  const byDepth = [...graph.projects].sort((a, b) => b.root.length - a.root.length);
  for (const change of changes) {
    const path = change.path;
    if (/(^|\/)cdktf\.out\//.test(path)) continue;
    if (GLOBAL_INPUTS.some((re) => re.test(path))) {
      for (const p of graph.projects) mark(p.name, `shared input changed: ${path}`);
      continue;
    }
    const catalog = /^services\/([^/]+)\/catalog-info\.yaml$/.exec(path);
    if (catalog) {
      for (const p of graph.projects.filter((p) => p.service === catalog[1]))
        mark(p.name, `service catalog changed: ${path}`);
      continue;
    }
    const owner = byDepth.find((p) => path.startsWith(`${p.root}/`));
    if (owner) mark(owner.name, `changed: ${path}`);
  }
  return direct;
}

function currentHead(root: string): string {
  return git(root, ['rev-parse', 'HEAD']).stdout.trim();
}
