import type { ExecutorContext, TaskGraph, TaskGraphExecutor } from 'nx/src/devkit-exports';
import { DEPLOY_EXECUTOR } from '../../targets';
import { runStratum } from '../cli';
import type { DeployExecutorOptions } from './schema';

/**
 * One task alone (`nx run orders-app:deploy:dev`): `stratum deploy --env <env> --projects orders-app`. When the
 * run holds more deploy tasks and Nx still runs them one by one (`--batch=false`), it refuses: one stratum
 * deploy per project would take the environment lock once per project, roll back only one project on a failure
 * and lose the Stratum order.
 */
export default async function deploy(
  options: DeployExecutorOptions,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName;
  if (!project)
    throw new Error('The deploy executor must run for a project (nx run <project>:deploy:<env>).');
  const others = deployTasks(context).filter((p) => p !== project);
  if (others.length > 0) {
    console.error(
      `stratum deploy: this nx run has ${others.length + 1} deploy tasks run one by one; a change set deploys as one Stratum run. ` +
        'Run it batched (the default; drop --batch=false) or run `npx stratum deploy --env <env> --affected --base <ref>`.',
    );
    return { success: false };
  }
  return { success: (await runStratum(context.root, deployArgs(options, [project]))) === 0 };
}

/**
 * Every deploy task of one Nx run (`nx affected -t deploy -c dev`) as ONE `stratum deploy --env dev --projects
 * a,b,c`: one lock, one ledger run, set-wide rollback, the Stratum graph's order. All tasks share its result,
 * as they share its rollback.
 */
export const batchDeploy: TaskGraphExecutor<DeployExecutorOptions> = async (
  taskGraph,
  inputs,
  _overrides,
  context,
) => {
  const ids = Object.keys(taskGraph.tasks).sort();
  const projects = ids.map((id) => taskGraph.tasks[id]!.target.project);
  const envs = [...new Set(ids.map((id) => inputs[id]!.env))];
  const extras = [...new Set(ids.map((id) => JSON.stringify(inputs[id]!.extraArgs ?? [])))];
  const startTime = Date.now();
  let success = false;
  if (envs.length !== 1 || extras.length !== 1) {
    console.error(
      `stratum deploy: one run deploys to one environment with one set of options; got ${envs.length} environments (${envs.join(', ')}) and ${extras.length} different extraArgs. Run each environment on its own (-c <env>).`,
    );
  } else {
    const options: DeployExecutorOptions = { env: envs[0]!, extraArgs: JSON.parse(extras[0]!) as string[] };
    success = (await runStratum(context.root, deployArgs(options, projects))) === 0;
  }
  const result = { success, terminalOutput: '', startTime, endTime: Date.now() };
  return Object.fromEntries(ids.map((id) => [id, result]));
};

function deployArgs(options: DeployExecutorOptions, projects: readonly string[]): string[] {
  return ['deploy', '--env', options.env, '--projects', projects.join(','), ...(options.extraArgs ?? [])];
}

/** Projects of the run's tasks that this executor runs. */
function deployTasks(context: ExecutorContext): string[] {
  const graph: TaskGraph | undefined = context.taskGraph;
  if (!graph) return [];
  return Object.values(graph.tasks)
    .filter((task) => {
      const target =
        context.projectsConfigurations?.projects[task.target.project]?.targets?.[task.target.target];
      return target?.executor === DEPLOY_EXECUTOR;
    })
    .map((task) => task.target.project);
}
