import { insertEdges, validateEdges } from './output-edges';
import { type DeploymentRow, type StoreContext, toDeployment } from './rows';
import type { Deployment, NewDeployment } from './types';

/**
 * Records what a stack now runs in an environment: after a successful apply, a rollback, or a destroy (null hash),
 * with the outputs it published and read when given (one transaction).
 */
export async function recordDeployment(ctx: StoreContext, input: NewDeployment): Promise<Deployment> {
  const row: Omit<DeploymentRow, 'id'> = {
    env: input.env,
    project: input.project,
    stack: input.stack,
    run_id: input.runId,
    artifact_hash: input.artifactHash,
    deployed_at: input.deployedAt?.getTime() ?? ctx.now(),
  };
  const edges = input.edges;
  if (edges) validateEdges(ctx, input.stack, edges);
  return ctx.knex.transaction(async (trx) => {
    const [inserted] = await trx('stack_deployments').insert(
      { ...row, ...(edges ? { outputs_recorded: true } : {}) },
      ['id'],
    );
    const id =
      typeof inserted === 'object' && inserted !== null ? (inserted as { id: number | string }).id : inserted;
    if (edges) await insertEdges(trx, Number(id), edges);
    return toDeployment({ ...row, id: id ?? 0 });
  });
}

/** What the stack runs now in `env` (the latest record), or undefined when it was never deployed there. */
export async function lastDeployment(
  ctx: StoreContext,
  env: string,
  stack: string,
): Promise<Deployment | undefined> {
  const row = await ctx
    .knex<DeploymentRow>('stack_deployments')
    .where({ env, stack })
    .orderBy('id', 'desc')
    .first();
  return row ? toDeployment(row) : undefined;
}

/**
 * What the stack ran in `env` before run `runId` started: the latest record of an earlier run (run ids sort by
 * start time). Undefined, or a record with a null hash, means the stack did not exist then: roll back by destroying.
 */
export async function deploymentBefore(
  ctx: StoreContext,
  runId: string,
  env: string,
  stack: string,
): Promise<Deployment | undefined> {
  const row = await ctx
    .knex<DeploymentRow>('stack_deployments')
    .where({ env, stack })
    .andWhere('run_id', '<', runId)
    .orderBy([
      { column: 'run_id', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .first();
  return row ? toDeployment(row) : undefined;
}
