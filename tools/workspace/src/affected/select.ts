import type { FileChange } from '../git';
import type { InputKind, InputModel } from '../inputs';
import type { AffectedRule } from './types';
import { environmentFile } from '@stratum/config';

/** A project selected by one of its own inputs. */
export interface Selection {
  readonly rule: AffectedRule;
  readonly reason: string;
}

/** What the changed files reach, before dependants and precision. */
export interface DirectSelection {
  /** Projects selected by a rule other than `library`. */
  readonly selected: Map<string, Selection>;
  /** Project → changed shared-library files it imports (the candidates of precision). */
  readonly libraryHits: Map<string, string[]>;
  /** Project → changed files of other projects it imports (selected only when no graph edge carries it). */
  readonly importHits: Map<string, string[]>;
}

/** When several inputs of a project changed, the most specific rule names it. */
const PRIORITY: readonly AffectedRule[] = [
  'source',
  'catalog',
  'slo',
  'declared',
  'environment',
  'org',
  'lockfile',
  'tsconfig',
];

const REASON: Record<Exclude<InputKind, 'import'>, string> = {
  folder: 'changed',
  catalog: 'service catalog changed',
  slo: 'slo.yaml it reads changed',
  declared: 'declared input (stratum.yaml inputs) changed',
  environment: 'environment file changed',
  org: 'org file changed',
  lockfile: 'lockfile changed',
  tsconfig: 'tsconfig changed',
};

/**
 * Maps each changed file to the projects whose inputs hold it (see InputModel). With `env`, only that
 * environment's file counts among `environments/*.yaml`.
 */
export function selectDirect(
  model: InputModel,
  changes: readonly FileChange[],
  env: string | undefined,
): DirectSelection {
  const selected = new Map<string, Selection>();
  const libraryHits = new Map<string, string[]>();
  const importHits = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, project: string, path: string) => {
    const list = map.get(project);
    if (!list) map.set(project, [path]);
    else if (!list.includes(path)) list.push(path);
  };
  for (const { path } of changes) {
    const library = model.isLibraryFile(path);
    for (const match of model.match(path)) {
      if (match.kind === 'environment' && env && path !== environmentFile(env)) continue;
      if (match.kind === 'import') {
        add(library ? libraryHits : importHits, match.project, path);
        continue;
      }
      const rule: AffectedRule = match.kind === 'folder' ? 'source' : match.kind;
      const before = selected.get(match.project);
      if (before && PRIORITY.indexOf(before.rule) <= PRIORITY.indexOf(rule)) continue;
      selected.set(match.project, { rule, reason: `${REASON[match.kind]}: ${path}` });
    }
  }
  return { selected, libraryHits, importHits };
}

/** "a, b and 2 more" for reasons that name files. */
export function listFiles(files: readonly string[], max = 2): string {
  if (files.length <= max) return files.join(', ');
  return `${files.slice(0, max).join(', ')} and ${files.length - max} more`;
}
