import type { Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import type { TerraformSettings } from '@stratum/terraform';
import { startHeartbeat, type Heartbeat } from './heartbeat';
import { acquireEnvironmentLock } from './lock';
import { clearTerraformLocks } from './tf-locks';

export interface LeaseRequest {
  readonly ledger: Ledger;
  readonly env: Environment;
  readonly runId: string;
  readonly settings: TerraformSettings;
  /** Workspace root (for the force-unlock folders under `.stratum/unlock/`). */
  readonly root: string;
  readonly wait?: boolean;
  readonly signal?: AbortSignal;
}

/** A held environment lease: renewed until `end`, which also releases it (unless it was lost). */
export interface Lease {
  readonly ttlMs: number;
  /** Takeover and force-unlock notes for the run's report. */
  readonly notes: string[];
  /** Fires when the lease is lost (another run took it over): stop starting new work. */
  readonly lost: AbortSignal;
  /** `lost`, or the caller's signal. */
  readonly signal: AbortSignal;
  /** Stops renewing and releases the lock; a lost lease is left to its new holder (and says so). */
  end(): Promise<string[]>;
}

/** The lease TTL for this environment: the ledger's override (`STRATUM_LOCK_TTL_S`), else `locks.ttlSeconds`. */
export function leaseTtlMs(ledger: Ledger, env: Environment): number {
  return ledger.lockTtlMs ?? env.locks.ttlSeconds * 1000;
}

/**
 * Takes the environment's lease for a run (taking over an expired one and force-unlocking the Terraform state locks
 * its run left), then renews it every TTL/4 while the run works.
 */
export async function acquireLease(request: LeaseRequest): Promise<Lease> {
  const { ledger, env, runId } = request;
  const ttlMs = leaseTtlMs(ledger, env);
  const acquired = await acquireEnvironmentLock(ledger, env.name, runId, {
    wait: request.wait ?? false,
    ttlMs,
    ...(request.signal ? { signal: request.signal } : {}),
    afterTakeover: (taken) =>
      clearTerraformLocks({
        ledger,
        settings: request.settings,
        root: request.root,
        env: env.name,
        fromRunId: taken.takeover.fromRunId,
        byRunId: runId,
      }),
  });
  const heartbeat: Heartbeat = startHeartbeat(ledger, env.name, runId, ttlMs);
  return {
    ttlMs,
    notes: acquired.notes,
    lost: heartbeat.lost,
    signal: request.signal ? AbortSignal.any([request.signal, heartbeat.lost]) : heartbeat.lost,
    async end() {
      await heartbeat.stop();
      if (heartbeat.lost.aborted)
        return [`This run lost the ${env.name} lock while it ran: ${heartbeat.reason() ?? 'taken over'}`];
      await ledger.releaseLock(env.name, runId);
      return [];
    },
  };
}
