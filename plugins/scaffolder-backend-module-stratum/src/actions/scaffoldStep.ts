import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planScaffold, workingTreeSource, writeNewFiles, type ScaffoldRequest } from '@stratum/scaffold';
import {
  asInputError,
  checkpointKey,
  MONOREPO_DIR,
  prepareMonorepo,
  type StratumActionContext,
  type StratumActionOptions,
} from './monorepo';

/** What the create/add actions output. */
export type ScaffoldStepOutput = {
  readonly workspaceDir: string;
  readonly service: string;
  readonly projects: string[];
  readonly files: string[];
  readonly template: string;
};

/**
 * The shared body of stratum:service:create and stratum:stack:add: clone the monorepo, plan the template (every
 * refusal happens here, before anything is written), write the files under a checkpoint. A dry run writes into a
 * temporary clone and copies only the generated files into the task workspace for the preview.
 */
export async function scaffoldStep(
  ctx: StratumActionContext,
  options: StratumActionOptions,
  request: ScaffoldRequest,
): Promise<ScaffoldStepOutput> {
  const { dir, commit } = await prepareMonorepo(ctx, options);
  let plan;
  try {
    plan = planScaffold(dir, workingTreeSource(dir), commit, request);
  } catch (error) {
    asInputError(error);
  }
  const write = async () => {
    try {
      return writeNewFiles(dir, plan.files);
    } catch (error) {
      return asInputError(error);
    }
  };
  const files = ctx.isDryRun
    ? await write()
    : await ctx.checkpoint({ key: checkpointKey(ctx, 'write'), fn: write });
  if (ctx.isDryRun)
    for (const file of files) {
      mkdirSync(dirname(join(ctx.workspacePath, file)), { recursive: true });
      copyFileSync(join(dir, file), join(ctx.workspacePath, file));
    }
  ctx.logger.info(
    `${plan.template.name}@${plan.template.version} wrote ${files.length} file(s) for ${plan.service}`,
  );
  const output: ScaffoldStepOutput = {
    workspaceDir: MONOREPO_DIR,
    service: plan.service,
    projects: [...plan.projects],
    files,
    template: `${plan.template.name}@${plan.template.version}`,
  };
  return output;
}
