import type { Ledger, LockTakeover, RunRecord, TerraformLock } from '@stratum/ledger';

/** Who took a run's lease over (or whose it took), and the Terraform state locks it held or cleared. */
export interface RunTakeovers {
  /** Takeovers of the run's environment lock that took it from this run or gave it to this run. */
  readonly takeovers: LockTakeover[];
  /** Terraform state locks the run took, with whether they were released or cleared (and by which run). */
  readonly terraformLocks: TerraformLock[];
}

/** Reads the takeovers a run was part of (either side) and the Terraform locks it took. */
export async function readRunTakeovers(ledger: Ledger, run: RunRecord): Promise<RunTakeovers> {
  const takeovers = (await ledger.listLockTakeovers(run.env, 500)).filter(
    (t) => t.fromRunId === run.id || t.toRunId === run.id,
  );
  return { takeovers, terraformLocks: await ledger.terraformLocksOf(run.id) };
}

/** The lines `stratum runs show` prints for them: nothing when the run held its lease undisturbed. */
export function takeoverLines(run: RunRecord, found: RunTakeovers): string[] {
  const lines: string[] = [];
  for (const t of found.takeovers) {
    lines.push(
      t.fromRunId === run.id
        ? `lease taken over ${t.at} by run ${t.toRunId} (runner ${t.toRunner}): ${t.reason}`
        : `took the lease over ${t.at} from run ${t.fromRunId} (runner ${t.fromRunner ?? 'unknown'}): ${t.reason}`,
    );
  }
  for (const l of found.terraformLocks) {
    const state = l.clearedAt
      ? `cleared ${l.clearedAt}${l.clearedByRun ? ` by run ${l.clearedByRun}` : ''}${l.clearNote ? ` (${l.clearNote})` : ''}`
      : l.releasedAt
        ? `released ${l.releasedAt}`
        : 'still held';
    lines.push(`terraform lock ${l.lockId} on ${l.path} (${l.stack}): ${state}`);
  }
  return lines;
}
