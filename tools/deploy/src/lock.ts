import type { Ledger, LockHolder, TakeoverResult } from '@stratum/ledger';

type Takeover = Extract<TakeoverResult, { ok: true }>;

function describeHolder(holder: LockHolder): string {
  return (
    `run ${holder.runId} (${holder.runnerId ? `runner ${holder.runnerId}, ` : ''}host ${holder.host}, ` +
    `pid ${holder.pid}, since ${holder.acquiredAt})`
  );
}

/** Another run holds the environment and its lease is live. The message names the holder and what to do. */
export class EnvironmentLockedError extends Error {
  override readonly name = 'EnvironmentLockedError';
  constructor(readonly holder: LockHolder) {
    super(
      `Environment '${holder.env}' is locked by ${describeHolder(holder)}, whose lease is live: last heartbeat ` +
        `${holder.heartbeatAt}, expires ${holder.expiresAt} unless renewed. Wait for it to finish, or run again with --wait.`,
    );
  }
}

export interface LockOptions {
  /** Wait for the lock instead of failing at once. @default false */
  readonly wait?: boolean;
  /** Longest wait, in milliseconds. @default 30 minutes */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** The lease TTL. @default the ledger's (STRATUM_LOCK_TTL_S), else 120 s */
  readonly ttlMs?: number;
  /** After a takeover, clears what the old run left (Terraform state locks); returns notes for the report. */
  readonly afterTakeover?: (takeover: Takeover) => Promise<string[]>;
}

export interface LockAcquired {
  readonly lock: LockHolder;
  /** What the report should say: a takeover, the interrupted run and how to roll it back. */
  readonly notes: string[];
  /** The run whose expired lease was taken over. */
  readonly tookOverFrom?: string;
}

/** The note a takeover leaves in the report: who took the lock from whom, and the rollback it offers. */
export function takeoverNote(env: string, taken: Takeover): string {
  const { takeover } = taken;
  return (
    `Took over the ${env} lock from run ${takeover.fromRunId} (runner ${takeover.fromRunner ?? 'unknown'}): ` +
    `${takeover.reason.replace(/^interrupted: /, '')}. Run ${takeover.fromRunId} is now interrupted; check it ` +
    `with \`stratum runs show ${takeover.fromRunId}\` and roll it back with ` +
    `\`stratum rollback --env ${env} --run ${takeover.fromRunId}\`.`
  );
}

/**
 * Takes the environment's deploy lock (a lease) for `runId`. A lease whose heartbeat is older than its TTL (or whose
 * process is gone on this machine) is taken over: the ledger records who took it from whom, the old run becomes
 * `interrupted`, and `afterTakeover` clears what it left. A live lease fails at once without `wait`; with it, polls
 * with backoff (0.5 s doubling to 10 s) until the lock is free or expires, the timeout passes or the signal fires.
 */
export async function acquireEnvironmentLock(
  ledger: Ledger,
  env: string,
  runId: string,
  options: LockOptions = {},
): Promise<LockAcquired> {
  const { wait = false, timeoutMs = 30 * 60_000, signal } = options;
  const ttl = options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {};
  const deadline = Date.now() + timeoutMs;
  let delay = 500;
  for (;;) {
    const result = await ledger.acquireLock(env, { runId, ...ttl });
    if (result.ok) return { lock: result.lock, notes: [] };
    if (ledger.leaseState(result.holder) !== 'live') {
      const taken = await ledger.takeOverLock(env, { runId, ...ttl, from: result.holder });
      if (taken.ok) {
        const cleared = options.afterTakeover ? await options.afterTakeover(taken) : [];
        return {
          lock: taken.lock,
          notes: [takeoverNote(env, taken), ...cleared],
          tookOverFrom: taken.takeover.fromRunId,
        };
      }
      continue; // it heartbeated, was released or someone else took it: look again
    }
    if (!wait || Date.now() + delay > deadline || signal?.aborted)
      throw new EnvironmentLockedError(result.holder);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 10_000);
  }
}
