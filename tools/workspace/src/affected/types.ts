/** How precisely a shared-library change selects projects. */
export type Precision =
  /** Synthesize base and head, select the importers whose Terraform JSON differs (the default). */
  | 'synth'
  /** Select every project that imports a changed library file, without synthesizing. */
  | 'importers';

export interface AffectedOptions {
  /** Base ref (branch, tag, sha). */
  readonly base: string;
  /** Head ref; undefined means the working tree (committed, staged, unstaged and untracked changes). */
  readonly head?: string;
  /**
   * The environment the change set is for. Only its `environments/<env>.yaml` is then an input, and precision
   * synthesizes only it. Default: every environment.
   */
  readonly env?: string;
  /** @default 'synth' */
  readonly precision?: Precision;
}

/**
 * The rule that selected a project (`AffectedResult.rules`); `reasons` says the same in words, with the file.
 * - `source`: a file in the project's folder changed (tests and cdktf.out excluded)
 * - `import`: a file of another project its code imports changed, without a graph edge to that project
 * - `library`: a shared library file it imports changed, and its synthesized JSON differs (or precision is
 *   off, or the base could not be synthesized: the reason says which)
 * - `catalog`: its service's catalog-info.yaml changed
 * - `slo`: an slo.yaml its code reads changed
 * - `declared`: a file matching `inputs:` in its stratum.yaml changed
 * - `environment`, `org`, `lockfile`, `tsconfig`: a workspace-wide input changed
 * - `renamed`: it declares `previousName` of a project that existed at base (see `renamed`)
 * - `dependant`: it depends on a selected project
 * - `deleted`: its stratum.yaml is gone (see `destroy`)
 */
export type AffectedRule =
  | 'source'
  | 'import'
  | 'library'
  | 'catalog'
  | 'slo'
  | 'declared'
  | 'environment'
  | 'org'
  | 'lockfile'
  | 'tsconfig'
  | 'renamed'
  | 'dependant'
  | 'deleted';

/**
 * A project whose folder moved (so its name changed) and whose stratum.yaml declares `previousName: <from>`.
 * Its stacks' state moves from `from` to `to` (`stackName(from, region)` → `stackName(to, region)` per region)
 * before `to` deploys; `from` is not destroyed.
 */
export interface AffectedRename {
  readonly from: string;
  readonly to: string;
  /** The old folder at base. */
  readonly fromRoot: string;
  /** The new folder at head. */
  readonly toRoot: string;
}

/** A library change that precision found changes nothing: the project's JSON is the same at base and head. */
export interface UnchangedImporter {
  readonly project: string;
  /** The changed library files it imports. */
  readonly files: readonly string[];
}

/**
 * One change set: what to deploy (in deploy order at head), what to destroy (dependants first, in the base
 * commit's graph) and what was renamed. A project is in at most one of `deploy` and `destroy`; a rename's `to`
 * is in `deploy` and its `from` is in neither.
 */
export interface AffectedResult {
  /** The merge base the change is measured from (a sha). */
  readonly base: string;
  /** The head sha, or 'working-tree'. */
  readonly head: string;
  /** Projects to deploy, in deploy order: selected projects plus all their dependants. */
  readonly deploy: string[];
  /** Projects deleted between base and head (and not renamed), to destroy, dependants first. */
  readonly destroy: string[];
  /** Renamed projects (previousName), in deploy order of `to`. */
  readonly renamed: AffectedRename[];
  /** Why each project in deploy/destroy is listed, naming the rule and the file. */
  readonly reasons: Record<string, string>;
  /** Which rule selected each project in deploy/destroy. */
  readonly rules: Record<string, AffectedRule>;
  /** Importers of a changed library that precision left out (their JSON did not change). */
  readonly unchanged: UnchangedImporter[];
}
