import { type StoreContext, type TerraformLockRow, toTerraformLock } from './rows';
import type { NewTerraformLock, TerraformLock } from './types';

/** Records a Terraform state lock a run took (once per run and lock ID: recording it again changes nothing). */
export async function recordTerraformLock(
  ctx: StoreContext,
  input: NewTerraformLock,
): Promise<TerraformLock> {
  const row: Omit<TerraformLockRow, 'id'> = {
    run_id: input.runId,
    env: input.env,
    stack: input.stack,
    backend: input.backend,
    path: input.path,
    lock_id: input.lockId,
    backend_config: JSON.stringify(input.backendConfig),
    who: input.who ?? null,
    operation: input.operation ?? null,
    acquired_at: ctx.now(),
    released_at: null,
    cleared_at: null,
    cleared_by_run: null,
    clear_note: null,
  };
  await ctx.knex('terraform_locks').insert(row).onConflict(['run_id', 'lock_id']).ignore();
  const existing = await ctx
    .knex<TerraformLockRow>('terraform_locks')
    .where({ run_id: input.runId, lock_id: input.lockId })
    .first();
  return toTerraformLock(existing!);
}

/** Marks a run's Terraform lock as released by terraform itself (its command ended). */
export async function releaseTerraformLock(ctx: StoreContext, runId: string, lockId: string): Promise<void> {
  await ctx
    .knex('terraform_locks')
    .where({ run_id: runId, lock_id: lockId })
    .whereNull('released_at')
    .update({ released_at: ctx.now() });
}

/** Every Terraform lock a run recorded, oldest first. */
export async function terraformLocksOf(ctx: StoreContext, runId: string): Promise<TerraformLock[]> {
  const rows = await ctx
    .knex<TerraformLockRow>('terraform_locks')
    .where({ run_id: runId })
    .orderBy('id', 'asc');
  return rows.map(toTerraformLock);
}

/** Records that another run cleared (force-unlocked, or found gone) a Terraform lock; `note` says which. */
export async function clearTerraformLock(
  ctx: StoreContext,
  id: number,
  byRunId: string,
  note: string,
): Promise<TerraformLock> {
  await ctx
    .knex('terraform_locks')
    .where({ id })
    .update({ cleared_at: ctx.now(), cleared_by_run: byRunId, clear_note: note });
  const row = await ctx.knex<TerraformLockRow>('terraform_locks').where({ id }).first();
  return toTerraformLock(row!);
}
