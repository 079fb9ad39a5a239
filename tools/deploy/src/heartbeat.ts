import { LedgerError, type Ledger } from '@stratum/ledger';

/** A running lease renewal; `lost` fires when the run no longer holds the lock (taken over or released). */
export interface Heartbeat {
  readonly lost: AbortSignal;
  /** Why the lease was lost, once `lost` fired. */
  reason(): string | undefined;
  /** Stops renewing (waits for a renewal in flight). */
  stop(): Promise<void>;
}

/**
 * Renews the run's lease every `ttlMs / 4`, so that three renewals in a row may fail (a busy or briefly unreachable
 * ledger) before the lease expires. When the ledger says another run holds the lock, renewal stops and `lost`
 * fires: the caller stops starting new work.
 */
export function startHeartbeat(ledger: Ledger, env: string, runId: string, ttlMs: number): Heartbeat {
  const controller = new AbortController();
  let why: string | undefined;
  let inFlight: Promise<void> | undefined;
  const beat = (): void => {
    if (inFlight) return;
    inFlight = ledger
      .heartbeatLock(env, runId)
      .then(() => undefined)
      .catch((error: unknown) => {
        if (error instanceof LedgerError && error.code === 'lock_conflict') {
          why = error.message;
          clearInterval(timer);
          controller.abort(new Error(error.message));
        }
        // anything else (busy, unreachable) is retried by the next beat
      })
      .finally(() => (inFlight = undefined));
  };
  const timer = setInterval(beat, Math.max(250, Math.floor(ttlMs / 4)));
  timer.unref();
  return {
    lost: controller.signal,
    reason: () => why,
    async stop() {
      clearInterval(timer);
      await inFlight;
    },
  };
}
