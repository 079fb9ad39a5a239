import { mkdirSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import type { Ledger, TerraformLock } from '@stratum/ledger';
import { initSerially, runTerraform, terraformError, type TerraformSettings } from '@stratum/terraform';
import { s3BackendOf, stateLockLocation, type S3BackendBlock } from './tf-lock-store';

/** Terraform's `Who` for locks this process takes: `user@host`. */
function terraformWho(): string {
  let user = process.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // keep USER
  }
  return `${user}@${hostname()}`;
}

/**
 * Records in the ledger the Terraform state locks a run takes. Around each locking terraform command of a stack
 * whose state is in S3, it polls the state's lock (the `.tflock` object, else the DynamoDB item) until terraform's
 * own lock appears (our `Who`, created after the command started), records its ID, and marks it released when the
 * command ends.
 * A run killed meanwhile leaves the record open: the run that takes its lease over clears exactly those IDs.
 */
export class TerraformLockRecorder {
  constructor(
    private readonly o: { readonly ledger: Ledger; readonly env: string; readonly runId: string },
  ) {}

  async around<T>(stack: string, dir: string, work: () => Promise<T>): Promise<T> {
    const backend = s3BackendOf(dir);
    const location = backend && stateLockLocation(backend);
    if (!backend || !location) return work();
    const who = terraformWho();
    const startedAt = Date.now() - 2000; // clock granularity and skew between us and the emulator or S3
    let done = false;
    let recorded: string | undefined;
    const watch = async (): Promise<void> => {
      let delay = 100;
      while (!done && recorded === undefined) {
        const info = await location.read().catch(() => undefined);
        if (info && info.Who === who && (!info.Created || Date.parse(info.Created) >= startedAt)) {
          await this.o.ledger
            .recordTerraformLock({
              runId: this.o.runId,
              env: this.o.env,
              stack,
              backend: location.kind,
              path: location.path,
              lockId: info.ID,
              backendConfig: { s3: backend },
              who: info.Who ?? null,
              operation: info.Operation ?? null,
            })
            .catch(() => undefined);
          recorded = info.ID;
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 500);
      }
    };
    const watching = watch();
    try {
      return await work();
    } finally {
      done = true;
      await watching;
      if (recorded) await this.o.ledger.releaseTerraformLock(this.o.runId, recorded).catch(() => undefined);
    }
  }
}

export interface ClearOptions {
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly root: string;
  readonly env: string;
  /** The run whose lease was taken over (or released by `stratum unlock`). */
  readonly fromRunId: string;
  /** The run (or `unlock`) doing the clearing, recorded on each lock. */
  readonly byRunId: string;
}

/**
 * Clears the Terraform state locks a dead run left: for every lock it recorded and never released, reads the
 * lock (S3 lockfile or DynamoDB item) now and, when it still holds that exact ID, runs `terraform force-unlock -force <ID>` (in a folder with
 * only the stack's backend block). A lockfile that is gone, or holds another ID, is left alone. Each outcome is
 * recorded on the lock and returned as a note.
 */
export async function clearTerraformLocks(options: ClearOptions): Promise<string[]> {
  const { ledger, fromRunId, byRunId } = options;
  const open = (await ledger.terraformLocksOf(fromRunId)).filter((l) => !l.releasedAt && !l.clearedAt);
  const notes: string[] = [];
  for (const lock of open) {
    const outcome = await clearOne(options, lock);
    await ledger.clearTerraformLock(lock.id, byRunId, outcome.record);
    notes.push(outcome.note);
  }
  return notes;
}

async function clearOne(
  options: ClearOptions,
  lock: TerraformLock,
): Promise<{ readonly record: string; readonly note: string }> {
  const backend = (lock.backendConfig as { s3?: S3BackendBlock }).s3;
  const what = `Terraform state lock ${lock.lockId} on ${lock.path} (stack ${lock.stack}, run ${lock.runId})`;
  const location = backend && stateLockLocation(backend, lock.backend);
  if (!location)
    return { record: 'not cleared: no S3 backend recorded', note: `${what}: no backend recorded.` };
  let current;
  try {
    current = await location.read();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      record: `not cleared: cannot read the lock: ${reason}`,
      note: `${what} could not be checked (${reason}); if it is still there, run \`terraform force-unlock ${lock.lockId}\` in the stack's folder.`,
    };
  }
  if (!current) return { record: 'already released', note: `${what} was already released.` };
  if (current.ID !== lock.lockId)
    return {
      record: `not cleared: the lockfile now holds ${current.ID} (${current.Who ?? 'unknown'})`,
      note: `${what} is gone; the lockfile now holds ${current.ID} of ${current.Who ?? 'someone else'}, left alone.`,
    };
  const dir = join(options.root, '.stratum', 'unlock', options.env, lock.stack);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'cdk.tf.json'),
    `${JSON.stringify({ terraform: { backend: lock.backendConfig } })}\n`,
  );
  const init = await initSerially(options.settings, dir);
  const unlocked =
    init.exitCode === 0
      ? await runTerraform(options.settings, ['force-unlock', '-force', lock.lockId], dir)
      : init;
  if (unlocked.exitCode !== 0) {
    const reason = terraformError(unlocked);
    return {
      record: `force-unlock failed: ${reason}`,
      note: `${what}: \`terraform force-unlock\` failed: ${reason}`,
    };
  }
  return {
    record: `force-unlocked (held by ${current.Who ?? 'unknown'} for ${current.Operation ?? 'an operation'})`,
    note: `Force-unlocked ${what}, held by ${current.Who ?? 'unknown'} for ${current.Operation ?? 'an operation'}.`,
  };
}
