import type { Ledger, RunRecord } from '@stratum/ledger';
import type { OrgUser } from '@stratum/workspace';
import { judgeApprovals } from './judge';

/**
 * Who approved a break-glass run after the fact: the org users whose signed approval of exactly that run
 * verifies, never the run's own actor. Empty while the run still waits for one (the portal's banner, `runs show`).
 */
export async function breakGlassApprovers(
  ledger: Ledger,
  run: RunRecord,
  users: readonly OrgUser[],
  portalKeys: readonly string[] = [],
): Promise<string[]> {
  if (run.breakGlassReason === null) return [];
  const approvals = await ledger.listApprovals({ runId: run.id });
  return judgeApprovals({ approvals, users, approvers: [], deployer: run.actor, portalKeys }).counted;
}
