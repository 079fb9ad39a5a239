import type { Knex } from 'knex';
import { type DbNumber, type DeploymentRow, invalid, type StoreContext, toDeployment } from './rows';
import type { ConsumedOutput, DeploymentEdges, OutputEdges } from './types';

const SHA256 = /^[0-9a-f]{64}$/;
/** Rows per insert statement (SQLite caps bound parameters per statement). */
const CHUNK = 100;

interface OutputRow {
  deployment_id: DbNumber;
  name: string;
  digest: string;
}

interface InputRow {
  deployment_id: DbNumber;
  upstream_stack: string;
  name: string;
  digest: string | null;
}

/** Refuses edges the store could not compare later: empty names, digests that are not sha256 hex. */
export function validateEdges(ctx: StoreContext, stack: string, edges: OutputEdges): void {
  const bad = (what: string, value: unknown): never => {
    throw invalid(
      ctx,
      `The output edges of ${stack} have ${what} ${JSON.stringify(value)}; digests are sha256 in lowercase hex.`,
    );
  };
  for (const [name, digest] of Object.entries(edges.outputs)) {
    if (!name) bad('an output with the empty name and digest', digest);
    if (!SHA256.test(digest)) bad(`output ${name} with the digest`, digest);
  }
  for (const input of edges.inputs) {
    if (!input.upstreamStack || !input.name) bad('an input without an upstream stack or name', input);
    if (input.digest !== null && !SHA256.test(input.digest))
      bad(`input ${input.upstreamStack}.${input.name} with the digest`, input.digest);
  }
}

/** Writes a deployment's edges (inside the transaction that inserted the deployment). */
export async function insertEdges(
  trx: Knex.Transaction,
  deploymentId: number,
  edges: OutputEdges,
): Promise<void> {
  const outputs: OutputRow[] = Object.entries(edges.outputs).map(([name, digest]) => ({
    deployment_id: deploymentId,
    name,
    digest,
  }));
  const inputs: InputRow[] = dedupe(edges.inputs).map((i) => ({
    deployment_id: deploymentId,
    upstream_stack: i.upstreamStack,
    name: i.name,
    digest: i.digest,
  }));
  for (let i = 0; i < outputs.length; i += CHUNK)
    await trx('deployment_outputs').insert(outputs.slice(i, i + CHUNK));
  for (let i = 0; i < inputs.length; i += CHUNK)
    await trx('deployment_inputs').insert(inputs.slice(i, i + CHUNK));
}

/** The stack's latest deployment in `env` with what it published and read; undefined when never deployed. */
export async function lastDeploymentEdges(
  ctx: StoreContext,
  env: string,
  stack: string,
): Promise<DeploymentEdges | undefined> {
  const row = await ctx
    .knex<DeploymentRow>('stack_deployments')
    .where({ env, stack })
    .orderBy('id', 'desc')
    .first();
  if (!row) return undefined;
  const deployment = toDeployment(row);
  if (!recorded(row.outputs_recorded)) return { deployment, edges: null };
  const [outputs, inputs] = await Promise.all([
    ctx.knex<OutputRow>('deployment_outputs').where({ deployment_id: deployment.id }).orderBy('name'),
    ctx
      .knex<InputRow>('deployment_inputs')
      .where({ deployment_id: deployment.id })
      .orderBy([{ column: 'upstream_stack' }, { column: 'name' }]),
  ]);
  return {
    deployment,
    edges: {
      outputs: Object.fromEntries(outputs.map((o) => [o.name, o.digest])),
      inputs: inputs.map((i) => ({ upstreamStack: i.upstream_stack, name: i.name, digest: i.digest })),
    },
  };
}

function recorded(value: boolean | DbNumber | undefined): boolean {
  return value === true || (value !== undefined && value !== false && Number(value) === 1);
}

/** One row per upstream output, the last one given winning. */
function dedupe(inputs: readonly ConsumedOutput[]): ConsumedOutput[] {
  const byKey = new Map<string, ConsumedOutput>();
  for (const i of inputs) byKey.set(`${i.upstreamStack}\u0000${i.name}`, i);
  return [...byKey.values()];
}
