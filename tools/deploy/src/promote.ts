import type { Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import type { SchedulerEvent } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { OrgUser, Workspace } from '@stratum/workspace';
import { deploy } from './deploy';
import { checkApprovals, promotableCommit, PromotionRefusedError } from './promotion-checks';
import type { DeployReport } from './report';
import type { StackArtifact } from './stacks';

export interface PromoteOptions {
  readonly workspace: Workspace;
  readonly from: Environment;
  readonly to: Environment;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  /** The commit checked out in the workspace (with `+dirty` when synth inputs have local edits). */
  readonly checkedOut: string;
  /** services/org.yaml's users (groups, signing keys): whose signed approvals count. */
  readonly users: readonly OrgUser[];
  /** Who promotes; their own approval never counts. */
  readonly actor: string;
  readonly concurrency?: number;
  readonly wait?: boolean;
  readonly gate?: (stacks: readonly StackArtifact[]) => Promise<string[]> | string[];
  readonly onEvent?: (event: SchedulerEvent) => void;
  readonly signal?: AbortSignal;
}

/**
 * Deploys to `to` exactly the commit last deployed successfully to `from`, with `to`'s environment data,
 * region by region (stopping at the first failed region). Refused unless the source is healthy, the approval
 * rule of `to` is met, and that commit is what the workspace has checked out.
 */
export async function promote(options: PromoteOptions): Promise<DeployReport> {
  const { from, to, ledger } = options;
  const { sha } = await promotableCommit(ledger, from, to);
  const approvedBy = await checkApprovals({ ledger, to, sha, users: options.users, deployer: options.actor });
  if (options.checkedOut !== sha) {
    throw new PromotionRefusedError(
      `'${from.name}' runs ${sha}, but the workspace has ${options.checkedOut} checked out. ` +
        `Run \`git checkout ${sha}\` (with a clean tree) and promote again, so that exactly that commit is deployed.`,
    );
  }
  const report = await deploy({
    workspace: options.workspace,
    env: to,
    projects: [...options.workspace.projects.keys()],
    ledger,
    settings: options.settings,
    gitSha: sha,
    actor: options.actor,
    promotedFrom: from.name,
    trigger: 'promote',
    baseRef: `promote:${from.name}`,
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    wait: options.wait ?? false,
    ...(options.gate ? { gate: options.gate } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if (report.status === 'succeeded') {
    await ledger.recordPromotion({
      fromEnv: from.name,
      toEnv: to.name,
      gitSha: sha,
      runId: report.runId,
      approvedBy: approvedBy.join(',') || null,
    });
  }
  return report;
}
