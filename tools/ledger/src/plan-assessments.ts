import { type DbNumber, invalid, num, type StoreContext } from './rows';

/** What `stratum plan` assessed for one commit in one environment. */
export interface NewPlanAssessment {
  readonly env: string;
  readonly gitSha: string;
  readonly actor: string;
  /** USD per month, signed; finite. */
  readonly monthlyDelta: number;
  readonly riskScore: number;
  readonly riskLevel: string;
  /** The assessment as the plan report has it (JSON-serialisable). */
  readonly assessment: unknown;
}

export interface PlanAssessment extends NewPlanAssessment {
  readonly id: number;
  /** ISO-8601 (UTC). */
  readonly plannedAt: string;
}

interface PlanAssessmentRow {
  id: number;
  env: string;
  git_sha: string;
  actor: string;
  planned_at: DbNumber;
  monthly_delta: DbNumber;
  risk_score: DbNumber;
  risk_level: string;
  assessment: string;
}

function toAssessment(row: PlanAssessmentRow): PlanAssessment {
  return {
    id: num(row.id),
    env: row.env,
    gitSha: row.git_sha,
    actor: row.actor,
    plannedAt: new Date(num(row.planned_at)).toISOString(),
    monthlyDelta: num(row.monthly_delta),
    riskScore: num(row.risk_score),
    riskLevel: row.risk_level,
    assessment: JSON.parse(row.assessment) as unknown,
  };
}

export async function recordPlanAssessment(
  ctx: StoreContext,
  input: NewPlanAssessment,
): Promise<PlanAssessment> {
  if (!Number.isFinite(input.monthlyDelta))
    throw invalid(ctx, `monthlyDelta must be a finite number of USD, got ${String(input.monthlyDelta)}.`);
  if (!Number.isInteger(input.riskScore) || input.riskScore < 0)
    throw invalid(ctx, `riskScore must be a whole number from 0, got ${String(input.riskScore)}.`);
  if (!input.env || !input.gitSha)
    throw invalid(ctx, 'a plan assessment needs an environment and a git sha.');
  const row: Omit<PlanAssessmentRow, 'id'> = {
    env: input.env,
    git_sha: input.gitSha,
    actor: input.actor,
    planned_at: ctx.now(),
    monthly_delta: input.monthlyDelta,
    risk_score: input.riskScore,
    risk_level: input.riskLevel,
    assessment: JSON.stringify(input.assessment ?? null),
  };
  const [inserted] = await ctx.knex('plan_assessments').insert(row, ['id']);
  const id = typeof inserted === 'object' && inserted !== null ? (inserted as { id: number }).id : inserted;
  return toAssessment({ ...row, id: Number(id) });
}

/** The newest assessment of `gitSha` in `env`, or undefined when that commit was never planned there. */
export async function latestPlanAssessment(
  ctx: StoreContext,
  env: string,
  gitSha: string,
): Promise<PlanAssessment | undefined> {
  const row = await ctx
    .knex<PlanAssessmentRow>('plan_assessments')
    .where({ env, git_sha: gitSha })
    .orderBy('id', 'desc')
    .first();
  return row ? toAssessment(row) : undefined;
}
