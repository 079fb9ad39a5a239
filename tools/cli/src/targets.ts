import { UsageError } from '@stratum/config';
import { computeAffected, type Workspace } from '@stratum/workspace';
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
  readonly baseRef?: string;
  /** The commit `--base` resolved to (the merge base): deleted projects are synthesized from it to destroy them. */
  readonly baseSha?: string;
  /** Projects renamed with a declared `previousName` (old → new name): their state moves, nothing is destroyed. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly reasons: Record<string, string>;
}

/** Exactly one of `--affected --base <ref>`, `--projects a,b` or `--all` picks what a command works on. */
export function resolveTargets(command: string, workspace: Workspace, flags: TargetFlags): Targets {
  const chosen = [flags.affected, flags.projects !== undefined, flags.all].filter(Boolean).length;
  if (chosen !== 1) {
    throw new UsageError(
      `stratum ${command}: choose exactly one of --affected --base <ref>, --projects a,b or --all.`,
    );
  }
  if (flags.affected) {
    if (!flags.base)
      throw new UsageError(`stratum ${command}: --affected needs --base <ref> (e.g. origin/main).`);
    const result = computeAffected(workspace.root, {
      base: flags.base,
      ...(flags.head ? { head: flags.head } : {}),
    });
    return {
      projects: result.deploy,
      deleted: result.destroy,
      baseRef: flags.base,
      baseSha: result.base,
      // `renamed` comes with issue 13A's computeAffected; read it without depending on that change landing first.
      renamed: (result as { readonly renamed?: Targets['renamed'] }).renamed ?? [],
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
