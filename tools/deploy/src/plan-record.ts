import { environmentFile, type Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import { extraApprovalsFor, type RiskScore } from '@stratum/risk';
import type { PlanReport } from './plan';
import { PromotionRefusedError } from './promotion-checks';

/** The approvals a promotion needs beyond `approvals.required` because of the change's risk, and why. */
export interface RiskApprovals {
  readonly extra: number;
  readonly because?: string;
}

/**
 * Records what `stratum plan` assessed (cost, risk) for the report's commit in its environment, so that
 * `promote` and the portal can read it. Nothing is recorded when the plan had no assessment (no price sheet).
 */
export async function recordPlanAssessment(ledger: Ledger, report: PlanReport, actor: string): Promise<void> {
  const a = report.assessment;
  if (!a) return;
  await ledger.recordPlanAssessment({
    env: report.env,
    gitSha: report.gitSha,
    actor,
    monthlyDelta: a.cost.monthlyDelta,
    riskScore: a.risk.score,
    riskLevel: a.risk.level,
    assessment: a,
  });
}

/**
 * What the recorded plan of `sha` for `to` asks of its promotion: the extra approvals a risky change needs
 * (`risk.approvalThreshold`, judged against today's threshold), and a refusal when its monthly cost increase
 * passes `policy.maxMonthlyCostIncrease`. Needs no plan when `to` sets neither; refused when it sets one and that
 * commit was never planned for `to`, since its risk or cost is then unknown.
 */
export async function riskApprovals(ledger: Ledger, to: Environment, sha: string): Promise<RiskApprovals> {
  const threshold = to.risk?.approvalThreshold;
  const cap = to.policy.maxMonthlyCostIncrease;
  if (threshold === undefined && cap === undefined) return { extra: 0 };
  const file = environmentFile(to.name);
  const setting =
    threshold !== undefined ? `risk.approvalThreshold ${threshold}` : `policy.maxMonthlyCostIncrease $${cap}`;
  const planned = await ledger.latestPlanAssessment(to.name, sha);
  if (!planned) {
    throw new PromotionRefusedError(
      `${file} sets ${setting}, but ${sha} was never planned for '${to.name}', so its risk and cost are unknown. ` +
        `Run \`stratum plan --env ${to.name} --all\` at that commit (the planner job does), then promote again.`,
    );
  }
  if (cap !== undefined && planned.monthlyDelta > cap) {
    throw new PromotionRefusedError(
      `The plan of ${sha} for '${to.name}' (${planned.plannedAt}) adds $${planned.monthlyDelta.toFixed(2)} a month, over ${file}'s ` +
        `policy.maxMonthlyCostIncrease of $${cap.toFixed(2)}. Reduce the change, or raise the cap in ${file} through review.`,
    );
  }
  if (threshold === undefined) return { extra: 0 };
  // The recorded score is what counts (the threshold reads nothing else of the risk).
  const extra = extraApprovalsFor(to, {
    score: planned.riskScore,
    level: planned.riskLevel as RiskScore['level'],
    terms: [],
  });
  return extra.because
    ? { extra: extra.extra, because: `${extra.because} (planned ${planned.plannedAt} by ${planned.actor})` }
    : { extra: 0 };
}
