import { deployOrder, withDependants, type ProjectGraph } from '@stratum/graph';
import { withCheckout } from '../checkout';
import { changedFiles, git, mergeBase, resolveCommit } from '../git';
import { buildInputModel } from '../inputs';
import { loadWorkspace } from '../load';
import { deletionsAndRenames } from './deletions';
import { baseAndHeadDigests, judgeImporters } from './precision';
import { listFiles, selectDirect, type Selection } from './select';
import type { AffectedOptions, AffectedResult, AffectedRule, UnchangedImporter } from './types';

export type {
  AffectedOptions,
  AffectedRename,
  AffectedResult,
  AffectedRule,
  Precision,
  UnchangedImporter,
} from './types';

/**
 * The change set between the merge base of `base` and `head`. Each changed file selects the projects whose
 * inputs hold it (the input model: folder, imports across packages, catalog-info.yaml, slo.yaml, declared
 * inputs, workspace files); a shared-library change selects, with precision, only the importers whose
 * synthesized JSON differs between base and head; dependants follow. Projects whose stratum.yaml disappeared
 * are listed for destroy (base graph order) unless a project at head declares them as its `previousName`,
 * which makes them a rename.
 */
export async function computeAffected(root: string, options: AffectedOptions): Promise<AffectedResult> {
  const baseSha = resolveCommit(root, options.base, '--base');
  const headSha = options.head ? resolveCommit(root, options.head, '--head') : undefined;
  const from = mergeBase(root, baseSha, headSha ?? resolveCommit(root, 'HEAD', 'HEAD'));
  const run = (dir: string) => affectedAt(root, dir, from, headSha, options);
  return headSha && headSha !== currentHead(root) ? withCheckout(root, headSha, run) : run(root);
}

async function affectedAt(
  root: string,
  headDir: string,
  from: string,
  headSha: string | undefined,
  { env, precision = 'synth' }: AffectedOptions,
): Promise<AffectedResult> {
  const changes = changedFiles(root, from, headSha);
  const workspace = loadWorkspace(headDir);
  const graph = workspace.graph;
  const model = buildInputModel(headDir, [...workspace.projects.values()], workspace.sources);
  const direct = selectDirect(model, changes, env);
  const selected = new Map<string, Selection>(direct.selected);

  const { destroy, renamed, reasons: goneReasons } = deletionsAndRenames(root, from, changes, workspace);
  for (const rename of renamed)
    selected.set(rename.to, {
      rule: 'renamed',
      reason: `renamed from ${rename.from} (previousName in ${rename.toRoot}/stratum.yaml): its state moves, nothing is destroyed`,
    });

  // Library importers not already carried by another rule are the candidates of precision.
  const carried = withDependants(graph, selected.keys());
  const candidates = [...direct.libraryHits.keys()].filter((p) => !carried.has(p)).sort();
  const hits = new Map(candidates.map((p) => [p, direct.libraryHits.get(p)!]));
  const digests =
    candidates.length > 0 && precision === 'synth'
      ? await baseAndHeadDigests(root, from, headDir, candidates, env ? [env] : undefined)
      : undefined;
  const judged = judgeImporters(hits, digests);
  for (const [p, selection] of judged.selected) selected.set(p, selection);
  const unchanged: UnchangedImporter[] = judged.unchanged;

  // A changed file of another project reached through a library (no graph edge) still selects the importer.
  const reached = withDependants(graph, selected.keys());
  for (const [p, files] of direct.importHits)
    if (!reached.has(p))
      selected.set(p, { rule: 'import', reason: `imports a changed file: ${listFiles(files)}` });

  const closure = withDependants(graph, selected.keys());
  const reasons: Record<string, string> = {};
  const rules: Record<string, AffectedRule> = {};
  for (const name of deployOrder(graph, closure)) {
    const own = selected.get(name);
    rules[name] = own?.rule ?? 'dependant';
    reasons[name] = own?.reason ?? `depends on ${dependsOnIn(graph, name, closure).join(', ')}`;
  }
  for (const name of destroy) {
    rules[name] = 'deleted';
    reasons[name] = goneReasons[name]!;
  }
  const deploy = deployOrder(graph, closure);
  const order = new Map(deploy.map((name, i) => [name, i]));
  return {
    base: from,
    head: headSha ?? 'working-tree',
    deploy,
    destroy,
    renamed: [...renamed].sort((a, b) => (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0)),
    reasons,
    rules,
    unchanged,
  };
}

function dependsOnIn(graph: ProjectGraph, name: string, set: ReadonlySet<string>): string[] {
  return graph.projects.find((p) => p.name === name)!.dependsOn.filter((d) => set.has(d));
}

function currentHead(root: string): string {
  return git(root, ['rev-parse', 'HEAD']).stdout.trim();
}
