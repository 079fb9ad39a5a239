import { existsSync } from 'node:fs';
import { withDependencies, type ProjectGraph } from '@stratum/graph';
import { join } from 'node:path';
import { SERVICE_CATALOG_FILE } from '../catalog';
import type { DiscoveredProject } from '../scan';
import { globToRegExp, isGlob } from './glob';
import { ownerLookup } from './owner';
import { isTestFile, SourceGraph } from './source-graph';
import { ENVIRONMENTS_DIR } from '@stratum/config';

/**
 * The synth engine: the code that runs every stack (`@stratum/synth`, discovery). Its value-import closure is an
 * input of every project, like a library every stack imports.
 */
export const SYNTH_ENGINE_ENTRIES: readonly string[] = [
  'tools/synth/src/index.ts',
  'tools/workspace/src/load.ts',
];
/** The policy gate's code: an extra input of the `policy` target only. */
export const POLICY_ENGINE_ENTRIES: readonly string[] = ['tools/policy/src/index.ts'];

/** Inputs of every project: what a change to each means. */
export const WORKSPACE_INPUTS = [
  { kind: 'environment', pattern: `${ENVIRONMENTS_DIR}/*.yaml` },
  { kind: 'org', pattern: 'services/org.yaml' },
  { kind: 'lockfile', pattern: 'package-lock.json' },
  { kind: 'tsconfig', pattern: 'tsconfig.json' },
] as const;

/** Why a file is an input of a project. */
export type InputKind =
  'folder' | 'import' | 'catalog' | 'slo' | 'declared' | (typeof WORKSPACE_INPUTS)[number]['kind'];

/** Everything one project's synthesized Terraform JSON depends on. */
export interface ProjectInputs {
  readonly project: string;
  /** The project's folder: every file under it except tests (`*.test.ts`) and `cdktf.out/`. */
  readonly folder: string;
  /**
   * Workspace files outside the folder that its code imports, transitively across packages, plus the synth
   * engine's: other projects' accessors, tools/constructs, tools/slo, tools/config, ... (type-only imports are
   * not followed: they are erased before the code runs). Sorted.
   */
  readonly imports: readonly string[];
  /** Of `imports`, the files outside every project's folder (shared libraries). Sorted. */
  readonly libraries: readonly string[];
  /** The service's catalog-info.yaml (owner and service tags), for a service project. */
  readonly catalog?: string;
  /** slo.yaml files the code reads (see SourceGraph.reads): paths or globs. */
  readonly slo: readonly string[];
  /** Extra inputs declared in stratum.yaml (`inputs:`): paths or globs. */
  readonly declared: readonly string[];
}

/** One reason a changed file reaches a project. */
export interface InputMatch {
  readonly project: string;
  readonly kind: InputKind;
}

/** Every project's inputs, and the reverse question: which projects does a changed file reach? */
export interface InputModel {
  readonly projects: ReadonlyMap<string, ProjectInputs>;
  /** Files of the synth engine (an input of every project). */
  readonly engine: readonly string[];
  /** Files of the policy engine (an input of every policy check). */
  readonly policy: readonly string[];
  /** Every project a changed file is an input of, with why; build output (`cdktf.out/`) reaches nothing. */
  match(path: string): InputMatch[];
  /** Whether a file lies outside every project's folder (a shared library, when imported). */
  isLibraryFile(path: string): boolean;
}

/**
 * Builds the input model of `projects` in the workspace at `root`. One SourceGraph resolves every file once, so
 * a thousand projects sharing the same libraries cost one walk of those libraries.
 */
export function buildInputModel(
  root: string,
  projects: readonly DiscoveredProject[],
  graph: SourceGraph = new SourceGraph(root),
): InputModel {
  const existing = (entries: readonly string[]) => entries.filter((f) => existsSync(join(root, f)));
  const engine = [...graph.closure(existing(SYNTH_ENGINE_ENTRIES))].sort();
  const policy = [...graph.closure(existing(POLICY_ENGINE_ENTRIES))].sort();
  const ownerOf = ownerLookup(projects);

  const inputs = new Map<string, ProjectInputs>();
  const byImport = new Map<string, string[]>();
  const exact = new Map<string, InputMatch[]>();
  const globs: { re: RegExp; match: InputMatch }[] = [];
  const addPattern = (pattern: string, match: InputMatch) => {
    if (isGlob(pattern) || pattern.endsWith('/')) globs.push({ re: globToRegExp(pattern), match });
    else exact.set(pattern, [...(exact.get(pattern) ?? []), match]);
  };

  for (const project of projects) {
    const own = graph.sourceFiles(project.root);
    const closure = graph.closure(own);
    for (const file of engine) closure.add(file);
    const inside = (f: string) => f.startsWith(`${project.root}/`);
    const imports = [...closure].filter((f) => !inside(f)).sort();
    const slo = new Set<string>();
    for (const file of closure)
      if (file.startsWith('services/') || file.startsWith('shared-infra/'))
        for (const read of graph.reads(file).slo) slo.add(read);
    const item: ProjectInputs = {
      project: project.name,
      folder: project.root,
      imports,
      libraries: imports.filter((f) => !ownerOf(f)),
      ...(project.service ? { catalog: `services/${project.service}/${SERVICE_CATALOG_FILE}` } : {}),
      slo: [...slo].sort(),
      declared: [...(project.inputs ?? [])],
    };
    inputs.set(project.name, item);
    for (const file of imports) {
      const list = byImport.get(file);
      if (list) list.push(project.name);
      else byImport.set(file, [project.name]);
    }
    if (item.catalog) addPattern(item.catalog, { project: project.name, kind: 'catalog' });
    for (const pattern of item.slo) addPattern(pattern, { project: project.name, kind: 'slo' });
    for (const pattern of item.declared) addPattern(pattern, { project: project.name, kind: 'declared' });
  }

  const workspaceInputs = WORKSPACE_INPUTS.map((w) => ({ re: globToRegExp(w.pattern), kind: w.kind }));
  const names = projects.map((p) => p.name);
  return {
    projects: inputs,
    engine,
    policy,
    isLibraryFile: (path) => !ownerOf(path),
    match(path) {
      if (/(^|\/)cdktf\.out\//.test(path)) return [];
      const global = workspaceInputs.find((w) => w.re.test(path));
      if (global) return names.map((project) => ({ project, kind: global.kind }));
      const found: InputMatch[] = [];
      const owner = ownerOf(path);
      if (owner && !isTestFile(path)) found.push({ project: owner.name, kind: 'folder' });
      for (const project of byImport.get(path) ?? []) found.push({ project, kind: 'import' });
      found.push(...(exact.get(path) ?? []));
      for (const { re, match } of globs) if (re.test(path)) found.push(match);
      return found;
    },
  };
}

/**
 * The projects whose inputs a deploy of `name` also has: every project it depends on, transitively (their
 * outputs feed it through remote state), sorted, `name` excluded.
 */
export function upstreamProjects(graph: ProjectGraph, name: string): string[] {
  return [...withDependencies(graph, [name])].filter((p) => p !== name).sort();
}
