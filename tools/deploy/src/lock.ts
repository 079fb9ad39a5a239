import type { Ledger, LockHolder } from '@stratum/ledger';

/** Another run holds the environment. The message names the holder and what to do. */
export class EnvironmentLockedError extends Error {
  override readonly name = 'EnvironmentLockedError';
  constructor(
    readonly holder: LockHolder,
    readonly stale: boolean,
  ) {
    super(
      stale
        ? `Environment '${holder.env}' is locked by run ${holder.runId} (host ${holder.host}, pid ${holder.pid}, since ${holder.acquiredAt}), ` +
            `whose process is gone: the lock is stale. Check the run with \`stratum runs show ${holder.runId}\`, roll it back if needed ` +
            `(\`stratum rollback --env ${holder.env} --run ${holder.runId}\`), then release it with \`stratum unlock --env ${holder.env} --run ${holder.runId}\`.`
        : `Environment '${holder.env}' is locked by run ${holder.runId} (host ${holder.host}, pid ${holder.pid}, since ${holder.acquiredAt}). ` +
            `Wait for it to finish, or run again with --wait.`,
    );
  }
}

export interface LockOptions {
  /** Wait for the lock instead of failing at once. @default false */
  readonly wait?: boolean;
  /** Longest wait, in milliseconds. @default 30 minutes */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * Takes the environment's deploy lock for `runId`. Without `wait` a held lock fails at once; with it, polls
 * with backoff (0.5 s doubling to 10 s) until the lock is free, the timeout passes or the signal fires. A
 * stale lock (its process gone) is never taken over: it fails with what to do.
 */
export async function acquireEnvironmentLock(
  ledger: Ledger,
  env: string,
  runId: string,
  options: LockOptions = {},
): Promise<void> {
  const { wait = false, timeoutMs = 30 * 60_000, signal } = options;
  const deadline = Date.now() + timeoutMs;
  let delay = 500;
  for (;;) {
    const result = await ledger.acquireLock(env, { runId });
    if (result.ok) return;
    const stale = ledger.lockIsStale(result.holder);
    if (stale || !wait || Date.now() + delay > deadline || signal?.aborted)
      throw new EnvironmentLockedError(result.holder, stale);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}
