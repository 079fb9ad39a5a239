import type { StackAssessment } from './plan-assessment';
import type { PlanCounts } from './stack-terraform';

export interface StackPlan extends StackAssessment {
  readonly project: string;
  readonly stack: string;
  readonly region: string;
  readonly layer: string;
  readonly status: 'planned' | 'unchanged' | 'failed';
  readonly counts?: PlanCounts;
  readonly error?: string;
  /** Why it was planned, e.g. `cdk.tf.json changed`, `network.vpcCidr changed`. */
  readonly reasons?: string[];
  /**
   * Upstream outputs this plan used unknowns for (not published yet, or changed by this change), e.g.
   * `network.vpcId`. Such a plan is never applied: deploy plans the stack again after its upstreams applied.
   */
  readonly placeholders?: string[];
}
