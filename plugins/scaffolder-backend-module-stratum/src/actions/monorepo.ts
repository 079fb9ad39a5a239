import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from '@backstage/errors';
import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import type { JsonObject } from '@backstage/types';
import { runGit, ScaffoldInputError } from '@stratum/scaffold';

/** Folder of the task workspace that holds the clone of the monorepo. */
export const MONOREPO_DIR = 'monorepo';

/** The part of an action context these helpers use (any action's context fits). */
export type StratumActionContext = Pick<
  ActionContext<JsonObject, JsonObject>,
  'logger' | 'workspacePath' | 'isDryRun' | 'createTemporaryDirectory' | 'checkpoint' | 'step'
>;

/** Where the actions get the monorepo from, set by the module from app-config. */
export interface StratumActionOptions {
  /** A local git repository of the monorepo (the portal's own workspace by default), cloned for every task. */
  readonly repository: string;
}

/** A task-unique checkpoint key: the step id (one template may use an action twice) and what is done. */
export function checkpointKey(ctx: StratumActionContext, what: string): string {
  return `stratum.${ctx.step?.id ?? 'step'}.${what}`;
}

/** Rethrows a refused input as the scaffolder's InputError (the task shows its message); other errors unchanged. */
export function asInputError(error: unknown): never {
  if (error instanceof ScaffoldInputError) throw new InputError(error.message);
  throw error;
}

/**
 * Clones the monorepo into the task workspace (once: a retried task reuses it) and links the repository's
 * node_modules into it, so `stratum:verify` runs the workspace's own tools without an install. A dry run clones
 * into a temporary folder instead, so the dry-run result holds only the generated files.
 */
export async function prepareMonorepo(
  ctx: StratumActionContext,
  options: StratumActionOptions,
): Promise<{ dir: string; commit: string }> {
  const dir = ctx.isDryRun
    ? join(await ctx.createTemporaryDirectory(), MONOREPO_DIR)
    : join(ctx.workspacePath, MONOREPO_DIR);
  const clone = async () => {
    mkdirSync(ctx.workspacePath, { recursive: true });
    if (!existsSync(join(dir, '.git'))) {
      ctx.logger.info(`Cloning the monorepo from ${options.repository}`);
      runGit(ctx.workspacePath, [
        'clone',
        '--quiet',
        '--no-hardlinks',
        '--',
        resolve(options.repository),
        dir,
      ]);
    }
    const modules = join(resolve(options.repository), 'node_modules');
    if (existsSync(modules) && !existsSync(join(dir, 'node_modules')))
      symlinkSync(modules, join(dir, 'node_modules'), 'dir');
    return runGit(dir, ['rev-parse', 'HEAD']).stdout.trim();
  };
  const commit = ctx.isDryRun
    ? await clone()
    : await ctx.checkpoint({ key: checkpointKey(ctx, 'clone'), fn: clone });
  return { dir, commit };
}

/** A `workspaceDir` input: a clone made by an earlier step, inside this task's workspace. */
export function taskRepository(ctx: StratumActionContext, workspaceDir: string): string {
  const dir = resolve(ctx.workspacePath, workspaceDir);
  const rel = relative(resolve(ctx.workspacePath), dir);
  if (rel.startsWith('..') || isAbsolute(rel))
    throw new InputError(
      `workspaceDir: ${JSON.stringify(workspaceDir)} is outside the task workspace; pass the create step's output.`,
    );
  if (!existsSync(join(dir, '.git')))
    throw new InputError(
      `workspaceDir: ${JSON.stringify(workspaceDir)} is not a clone of the monorepo; run stratum:service:create or stratum:stack:add first.`,
    );
  return dir;
}
