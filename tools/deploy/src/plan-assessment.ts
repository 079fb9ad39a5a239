import { environmentFile, type Environment, type Layer } from '@stratum/config';
import {
  estimatePlanCost,
  rollUpCosts,
  type ChangeSetCost,
  type PlanJson,
  type PriceSheet,
  type StackCost,
} from '@stratum/cost';
import { extraApprovalsFor, scoreChangeSet, type RiskScore } from '@stratum/risk';
import type { Workspace } from '@stratum/workspace';
import type { StackTerraform } from './stack-terraform';

/** A resource a stack's plan destroys, or destroys and re-creates. */
export interface DestroyedResource {
  readonly address: string;
  readonly type: string;
  readonly replaced: boolean;
}

/** What a planned stack's saved plan costs and destroys, read from `terraform show -json`. */
export interface StackAssessment {
  readonly cost?: StackCost;
  readonly destroyed?: readonly DestroyedResource[];
  /** Set when the plan JSON could not be read: cost and risk then leave this stack out, and say so. */
  readonly assessmentError?: string;
}

/** A policy exception (suppression) the change set relies on. */
export interface PolicyException {
  readonly ruleId: string;
  readonly address: string;
}

/** The cost, risk and approval consequences of a planned change set. */
export interface ChangeAssessment {
  readonly cost: ChangeSetCost;
  readonly risk: RiskScore;
  /** Approvals needed beyond the environment's `approvals.required`, and why. */
  readonly extraApprovals: { readonly extra: number; readonly because?: string };
  /** Set when the monthly increase passes the environment's `policy.maxMonthlyCostIncrease`. */
  readonly costRefused?: string;
}

/** Reads a saved plan's JSON once and derives its cost delta and destroyed resources. */
export async function assessSavedPlan(
  tf: StackTerraform,
  planFile: string,
  sheet: PriceSheet,
): Promise<StackAssessment> {
  const shown = await tf.showJson(planFile);
  if (shown.exitCode !== 0) return { assessmentError: `terraform show -json: ${shown.stderr.trim()}` };
  let plan: PlanJson;
  try {
    plan = JSON.parse(shown.stdout) as PlanJson;
  } catch (error) {
    return { assessmentError: `terraform show -json printed no JSON: ${(error as Error).message}` };
  }
  return { cost: estimatePlanCost(plan, sheet), destroyed: destroyedResources(plan) };
}

export function destroyedResources(plan: PlanJson): DestroyedResource[] {
  return (plan.resource_changes ?? [])
    .filter((rc) => rc.mode !== 'data' && rc.change.actions.includes('delete'))
    .map((rc) => ({ address: rc.address, type: rc.type, replaced: rc.change.actions.includes('create') }));
}

export interface AssessInput {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly sheet: PriceSheet;
  readonly stacks: readonly ({
    readonly project: string;
    readonly stack: string;
    readonly layer: string;
  } & StackAssessment)[];
  readonly impact: {
    readonly dependants: readonly string[];
    readonly services: readonly string[];
    readonly owners: readonly string[];
  };
  readonly exceptions: readonly PolicyException[];
}

/** Rolls stack costs up by service and owner, scores the change set's risk and applies the environment's caps. */
export function assessChangeSet(input: AssessInput): ChangeAssessment {
  const byName = new Map(input.workspace.graph.projects.map((p) => [p.name, p]));
  const owned = input.stacks.flatMap((s) => {
    if (!s.cost) return [];
    const project = byName.get(s.project);
    return [
      {
        stack: s.stack,
        project: s.project,
        owner: project?.owner ?? 'unknown',
        ...(project?.service ? { service: project.service } : {}),
        cost: s.cost,
      },
    ];
  });
  const cost = rollUpCosts(owned, input.sheet);
  const withErrors = input.stacks.filter((s) => s.assessmentError);
  const fullCost: ChangeSetCost =
    withErrors.length === 0
      ? cost
      : {
          ...cost,
          unpriced: [
            ...cost.unpriced,
            ...withErrors.map((s) => ({
              stack: s.stack,
              address: '*',
              type: '*',
              reason: s.assessmentError!,
            })),
          ],
        };
  const risk = scoreChangeSet({
    env: input.env,
    layers: [...new Set(input.stacks.map((s) => s.layer as Layer))],
    destroyed: input.stacks.flatMap((s) => (s.destroyed ?? []).map((d) => ({ stack: s.stack, ...d }))),
    dependants: input.impact.dependants,
    services: input.impact.services,
    owners: input.impact.owners,
    monthlyCostDelta: cost.monthlyDelta,
    exceptions: input.exceptions,
  });
  const cap = input.env.policy.maxMonthlyCostIncrease;
  return {
    cost: fullCost,
    risk,
    extraApprovals: extraApprovalsFor(input.env, risk),
    ...(cap !== undefined && cost.monthlyDelta > cap
      ? {
          costRefused:
            `the change adds $${cost.monthlyDelta.toFixed(2)} a month, over ${input.env.name}'s policy.maxMonthlyCostIncrease of $${cap.toFixed(2)} ` +
            `(${environmentFile(input.env.name)}): reduce the change or raise the cap there in a reviewed change.`,
        }
      : {}),
  };
}
