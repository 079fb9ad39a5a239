import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '@stratum/config';
import { runGit } from './git';
import { ScaffoldInputError } from './names';

/** Where the templates live in the monorepo. */
export const TEMPLATES_DIR = 'templates';
/** The four adoption templates, by phase. */
export const PHASE_TEMPLATES = {
  1: 'phase-1-service',
  2: 'phase-2-app-infrastructure',
  3: 'phase-3-shared-services',
  4: 'phase-4-foundation',
} as const;
export type Phase = keyof typeof PHASE_TEMPLATES;
export type TemplateName = (typeof PHASE_TEMPLATES)[Phase];

/** A template as the actions and `stratum upgrade` see it: identity, version and skeleton files by variant. */
export interface LoadedTemplate {
  readonly name: TemplateName;
  readonly version: number;
  readonly phase: Phase;
  /** Skeleton files of one variant, relative to the service folder, with their unrendered text. */
  readonly files: ReadonlyMap<string, string>;
}

/** Reads template files from the working tree or from one git commit (the base of a three-way upgrade). */
export interface TemplateSource {
  /** Every file under `dir` (relative to the repository root), as paths relative to `dir`. */
  list(dir: string): string[];
  read(path: string): string;
  exists(path: string): boolean;
}

export function workingTreeSource(root: string): TemplateSource {
  const list = (dir: string, prefix = ''): string[] =>
    readdirSync(join(root, dir, prefix), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? list(dir, `${prefix}${entry.name}/`)
        : entry.isFile()
          ? [`${prefix}${entry.name}`]
          : [],
    );
  return {
    list: (dir) => list(dir).sort(),
    read: (path) => readFileSync(join(root, path), 'utf8'),
    exists: (path) => existsSync(join(root, path)),
  };
}

export function commitSource(root: string, commit: string): TemplateSource {
  return {
    list: (dir) =>
      runGit(root, ['ls-tree', '-r', '--name-only', commit, '--', `${dir}/`])
        .stdout.split('\n')
        .filter(Boolean)
        .map((path) => path.slice(dir.length + 1))
        .sort(),
    read: (path) => runGit(root, ['show', `${commit}:${path}`]).stdout,
    exists: (path) =>
      runGit(root, ['cat-file', '-e', `${commit}:${path}`], { allowFailure: true }).status === 0,
  };
}

export function isTemplateName(name: string): name is TemplateName {
  return (Object.values(PHASE_TEMPLATES) as string[]).includes(name);
}

/**
 * Loads `templates/<name>`: the version and phase from template.yaml's annotations `stratum.dev/template-version` and
 * `stratum.dev/phase`, and the skeleton of `variant` (skeleton/<variant>/ when the template has variants, else
 * skeleton/).
 */
export function loadTemplate(source: TemplateSource, name: TemplateName, variant?: string): LoadedTemplate {
  const file = `${TEMPLATES_DIR}/${name}/template.yaml`;
  if (!source.exists(file))
    throw new ScaffoldInputError(`${file} is missing; the monorepo clone has no template '${name}'.`);
  const doc = parseYaml(source.read(file), file) as { metadata?: { annotations?: Record<string, unknown> } };
  const annotations = doc?.metadata?.annotations ?? {};
  const version = Number(annotations['stratum.dev/template-version']);
  const phase = Number(annotations['stratum.dev/phase']) as Phase;
  if (!Number.isInteger(version) || version < 1)
    throw new ScaffoldInputError(
      `${file}: metadata.annotations['stratum.dev/template-version'] must be a whole number >= 1.`,
    );
  if (PHASE_TEMPLATES[phase] !== name)
    throw new ScaffoldInputError(
      `${file}: metadata.annotations['stratum.dev/phase'] must be the template's phase.`,
    );
  const dir = `${TEMPLATES_DIR}/${name}/skeleton${variant ? `/${variant}` : ''}`;
  const paths = source.list(dir);
  if (paths.length === 0)
    throw new ScaffoldInputError(`${dir}: no skeleton files${variant ? ` for '${variant}'` : ''}.`);
  const files = new Map(paths.map((path) => [path, source.read(`${dir}/${path}`)]));
  return { name, version, phase, files };
}
