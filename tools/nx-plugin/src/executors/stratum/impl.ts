import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ExecutorContext } from 'nx/src/devkit-exports';
import type { StratumExecutorOptions } from './schema';

/**
 * Runs `stratum <verb> --env <env> --projects <project>` from the workspace root, streaming its output.
 * The CLI is the single implementation; Nx adds caching (synth) and ordering (`deploy` dependsOn `^deploy`).
 */
export default async function runStratum(
  options: StratumExecutorOptions,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName;
  if (!project)
    throw new Error('The stratum executor must run for a project (nx run <project>:<target>:<env>).');
  const bin = join(context.root, 'tools', 'cli', 'bin', 'stratum.cjs');
  const args = [bin, options.verb, '--env', options.env, '--projects', project, ...(options.extraArgs ?? [])];
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, args, { cwd: context.root, stdio: 'inherit', env: process.env });
    child.on('error', () => resolve(1));
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  return { success: code === 0 };
}
