import { UsageError } from '@stratum/config';
import { computeAffected, type AffectedRename, type Workspace } from '@stratum/workspace';
import { splitList } from './args';
import { selectProjects } from './workspace-context';

export interface TargetFlags {
  readonly affected?: boolean | undefined;
  readonly base?: string | undefined;
  readonly head?: string | undefined;
  readonly projects?: string | undefined;
  readonly all?: boolean | undefined;
}

export interface Targets {
  readonly projects: string[];
  /** Projects deleted between base and head (only with --affected). */
  readonly deleted: string[];
  /** Projects renamed with previousName (only with --affected): their `to` is in `projects`. */
  readonly renamed: AffectedRename[];
  readonly baseRef?: string;
  /** The commit `--base` resolved to (the merge base): deleted projects are synthesized from it to destroy them. */
  readonly baseSha?: string;
  readonly reasons: Record<string, string>;
}

/**
 * Exactly one of `--affected --base <ref>`, `--projects a,b` or `--all` picks what a command works on.
 * `env` narrows affected to that environment (its file, and the synth precision of library changes).
 */
export async function resolveTargets(
  command: string,
  workspace: Workspace,
  flags: TargetFlags,
  env?: string,
): Promise<Targets> {
  const chosen = [flags.affected, flags.projects !== undefined, flags.all].filter(Boolean).length;
  if (chosen !== 1) {
    throw new UsageError(
      `stratum ${command}: choose exactly one of --affected --base <ref>, --projects a,b or --all.`,
    );
  }
  if (flags.affected) {
    if (!flags.base)
      throw new UsageError(`stratum ${command}: --affected needs --base <ref> (e.g. origin/main).`);
    const result = await computeAffected(workspace.root, {
      base: flags.base,
      ...(flags.head ? { head: flags.head } : {}),
      ...(env ? { env } : {}),
    });
    return {
      projects: result.deploy,
      deleted: result.destroy,
      baseRef: flags.base,
      baseSha: result.base,
      renamed: result.renamed,
      reasons: result.reasons,
    };
  }
  if (flags.base || flags.head)
    throw new UsageError(`stratum ${command}: --base and --head go with --affected.`);
  return {
    projects: selectProjects(workspace, flags.all ? undefined : splitList('projects', flags.projects)),
    deleted: [],
    renamed: [],
    reasons: {},
  };
}

export const TARGET_OPTIONS = {
  affected: { type: 'boolean' },
  base: { type: 'string' },
  head: { type: 'string' },
  projects: { type: 'string' },
  all: { type: 'boolean' },
} as const;

export const TARGET_USAGE = `  --affected --base <ref> [--head <ref>]   Projects changed since <ref> plus their dependants.
  --projects a,b                           These projects.
  --all                                    Every project.`;
