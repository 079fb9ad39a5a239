import type { ExecutorContext } from 'nx/src/devkit-exports';
import { runStratum } from '../cli';
import type { StratumExecutorOptions } from './schema';

/**
 * Runs `stratum <verb> --env <env> --projects <project>` from the workspace root, streaming its output.
 * The CLI is the single implementation; Nx adds caching (synth, policy). Deploys go through the batched
 * deploy executor instead (executors/deploy).
 */
export default async function runStratumVerb(
  options: StratumExecutorOptions,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName;
  if (!project)
    throw new Error('The stratum executor must run for a project (nx run <project>:<target>:<env>).');
  const args = [options.verb, '--env', options.env, '--projects', project, ...(options.extraArgs ?? [])];
  return { success: (await runStratum(context.root, args)) === 0 };
}
