import type { Environment } from '@stratum/config';
import type { RiskScore } from './score';

/**
 * Approvals a change needs on top of the environment's `approvals.required`: `risk.extraApprovals` once the
 * score reaches `risk.approvalThreshold`, else none.
 */
export function extraApprovalsFor(env: Environment, risk: RiskScore): { extra: number; because?: string } {
  const threshold = env.risk?.approvalThreshold;
  if (threshold === undefined || risk.score < threshold) return { extra: 0 };
  const extra = env.risk?.extraApprovals ?? 1;
  return {
    extra,
    because: `risk score ${risk.score} reaches ${env.name}'s risk.approvalThreshold ${threshold}: ${extra} more approval(s) needed`,
  };
}
