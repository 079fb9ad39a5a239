import { ConfigError, listEnvironments, loadEnvironment, type Environment } from '@stratum/config';
import { breakGlassApprovers, judgeApprovals } from '@stratum/deploy/src/approvals';
import type { Ledger, RunRecord } from '@stratum/ledger';
import type {
  BreakGlassRun,
  PendingPromotion,
  PendingSha,
  PortalApproval,
} from '@stratum/plugin-stratum-common';
import type { OrgUser } from '@stratum/workspace';

/** What approvals are judged against: services/org.yaml's users and the portal's registered keys. */
export interface Signers {
  readonly users: readonly OrgUser[];
  readonly portalKeys: readonly string[];
}

/** The gated environments (`promotion.from` set), by name; files that do not validate are skipped. */
export function gatedEnvironments(root: string): Environment[] {
  const gated: Environment[] = [];
  for (const name of listEnvironments(root)) {
    try {
      const env = loadEnvironment(root, name);
      if (env.promotion) gated.push(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
    }
  }
  return gated;
}

async function succeededDeploys(ledger: Ledger, env: string, limit: number): Promise<readonly RunRecord[]> {
  return (await ledger.listRuns({ env, kind: 'deploy', status: 'succeeded', limit })).runs;
}

/**
 * For one gated environment: the shas that succeeded in its source, newest first, down to the first one the
 * target already ran (older ones are superseded), each with its stored approvals judged by the rules `promote`
 * applies (the promoter is not known yet, so no approval is refused as the deployer's here).
 */
export async function pendingPromotion(
  ledger: Ledger,
  env: Environment,
  signers: Signers,
  limit = 20,
): Promise<PendingPromotion> {
  const from = env.promotion!.from;
  const inTarget = new Set((await succeededDeploys(ledger, env.name, 500)).map((r) => r.gitSha));
  const [last] = (await ledger.listRuns({ env: from, kind: 'deploy', limit: 1 })).runs;
  const pending: PendingSha[] = [];
  const seen = new Set<string>();
  for (const run of await succeededDeploys(ledger, from, 200)) {
    if (inTarget.has(run.gitSha) || pending.length >= limit) break;
    if (seen.has(run.gitSha)) continue;
    seen.add(run.gitSha);
    const stored = await ledger.listApprovals({ env: env.name, gitSha: run.gitSha, runId: null });
    const { counted, verdicts } = judgeApprovals({
      approvals: stored,
      users: signers.users,
      portalKeys: signers.portalKeys,
      approvers: env.approvals.approvers,
      deployer: '',
    });
    const planned = await ledger.latestPlanAssessment(env.name, run.gitSha);
    pending.push({
      gitSha: run.gitSha,
      plan: planned
        ? {
            monthlyDelta: planned.monthlyDelta,
            riskScore: planned.riskScore,
            riskLevel: planned.riskLevel,
            plannedAt: planned.plannedAt,
          }
        : null,
      sourceRunId: run.id,
      succeededAt: run.finishedAt ?? run.startedAt,
      promotable: last?.id === run.id,
      counted,
      approvals: verdicts.map((v): PortalApproval => ({
        approver: v.approval.approver,
        via: v.approval.via,
        signedAt: v.approval.signedAt,
        counts: v.counts,
        ...(v.reason ? { reason: v.reason } : {}),
      })),
    });
  }
  return {
    env: env.name,
    from,
    required: env.approvals.required,
    approvers: env.approvals.approvers,
    pending,
  };
}

/** Break-glass runs nobody has approved after the fact yet (`breakGlassApprovers` is empty), newest first. */
export async function waitingBreakGlassRuns(ledger: Ledger, signers: Signers): Promise<BreakGlassRun[]> {
  const waiting: BreakGlassRun[] = [];
  for (const run of await ledger.listBreakGlassRuns({ limit: 50 })) {
    const approvedBy = await breakGlassApprovers(ledger, run, signers.users, signers.portalKeys);
    if (approvedBy.length > 0) continue;
    waiting.push({
      runId: run.id,
      env: run.env,
      gitSha: run.gitSha,
      actor: run.actor,
      reason: run.breakGlassReason ?? '',
      startedAt: run.startedAt,
      approvedBy,
    });
  }
  return waiting;
}
