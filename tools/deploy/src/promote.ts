import type { Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import type { SchedulerEvent } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { OrgUser, Workspace } from '@stratum/workspace';
import { deploy, type RegionApplied } from './deploy';
import { checkApprovals, promotableCommit, PromotionRefusedError } from './promotion-checks';
import type { DeployReport } from './report';
import { riskApprovals } from './plan-record';
import { bake, haltReason, type BakeClock, type BakeEvent } from './rollout/bake';
import type { HealthCheck } from './rollout/health';
import { bakeCredentials, regionHealthChecks } from './rollout/region-health';
import type { AwsCredentials } from './rollout/sigv4';
import { sloGateOf } from './rollout/slo-gate';
import type { StackArtifact } from './stacks';

export interface PromoteOptions {
  readonly workspace: Workspace;
  /** The PostgreSQL standing in for data stacks' databases on the emulator (see DeployOptions). @default none */
  readonly localDatabaseUrl?: string;
  readonly from: Environment;
  readonly to: Environment;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  /** The commit checked out in the workspace (with `+dirty` when synth inputs have local edits). */
  readonly checkedOut: string;
  /** services/org.yaml's users (groups, signing keys): whose signed approvals count. */
  readonly users: readonly OrgUser[];
  /** The portal's attesting keys (`stratum.dev/portal-signing-key`): approvals given in the portal. @default none */
  readonly portalKeys?: readonly string[];
  /** Who promotes; their own approval never counts. */
  readonly actor: string;
  readonly concurrency?: number;
  readonly wait?: boolean;
  readonly gate?: (stacks: readonly StackArtifact[]) => Promise<string[]> | string[];
  readonly onEvent?: (event: SchedulerEvent) => void;
  readonly signal?: AbortSignal;
  /** Seconds each region bakes after it is applied. @default `promotion.bakeSeconds` of `to`, else 0 */
  readonly bakeSeconds?: number;
  /** CloudWatch credentials on real AWS (the emulator needs none). */
  readonly awsCredentials?: AwsCredentials;
  /** The health checks of an applied region. @default CloudWatch alarms of its monitoring stacks + Prometheus burn-rate alerts */
  readonly healthChecks?: (applied: RegionApplied) => readonly HealthCheck[];
  /** @default the system clock */
  readonly clock?: BakeClock;
  readonly onBake?: (event: BakeEvent) => void;
  /** See `DeployOptions.keepDeployments`. @default 10 */
  readonly keepDeployments?: number;
  /** Where "now" is for the platform SLO gate. @default Date.now */
  readonly now?: () => number;
}

/**
 * Deploys to `to` exactly the commit last deployed successfully to `from`, with `to`'s environment data,
 * region by region. Each region bakes after it is applied: its health checks run every few seconds, and one
 * unhealthy round halts the rollout (that region and the earlier ones roll back, later ones are not started;
 * the run's error names what was unhealthy). Refused unless the source is healthy, the approval rule of `to`
 * is met, that commit is what the workspace has checked out, and no platform SLO error budget is spent.
 */
export async function promote(options: PromoteOptions): Promise<DeployReport> {
  const { from, to, ledger } = options;
  const { sha } = await promotableCommit(ledger, from, to);
  const extra = await riskApprovals(ledger, to, sha);
  const approvedBy = await checkApprovals({
    ledger,
    to,
    sha,
    users: options.users,
    deployer: options.actor,
    extra,
    portalKeys: options.portalKeys ?? [],
  });
  if (options.checkedOut !== sha) {
    throw new PromotionRefusedError(
      `'${from.name}' runs ${sha}, but the workspace has ${options.checkedOut} checked out. ` +
        `Run \`git checkout ${sha}\` (with a clean tree) and promote again, so that exactly that commit is deployed.`,
    );
  }
  await sloGateOf(ledger, options.workspace.root, [from.name, to.name], options.now?.() ?? Date.now());
  const bakeSeconds = options.bakeSeconds ?? to.promotion?.bakeSeconds ?? 0;
  if (bakeSeconds > 0 && !options.healthChecks && !bakeCredentials(to, options.awsCredentials)) {
    throw new PromotionRefusedError(
      `'${to.name}' bakes ${bakeSeconds} s per region and its CloudWatch alarms are checked with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), which are not set; export them, or pass --bake-seconds 0 to skip the bake.`,
    );
  }
  const healthOf =
    options.healthChecks ??
    ((applied: RegionApplied) =>
      regionHealthChecks(applied, {
        env: to,
        workspace: options.workspace,
        ...(options.awsCredentials ? { credentials: options.awsCredentials } : {}),
      }));
  const afterRegion = async (applied: RegionApplied): Promise<string | undefined> => {
    const result = await bake({
      region: applied.region,
      seconds: bakeSeconds,
      checks: healthOf(applied),
      ...(to.promotion?.healthIntervalSeconds ? { intervalSeconds: to.promotion.healthIntervalSeconds } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.onBake ? { onEvent: options.onBake } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return result.healthy ? undefined : haltReason(applied.region, bakeSeconds, result);
  };
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
    afterRegion,
    ...(options.localDatabaseUrl ? { localDatabaseUrl: options.localDatabaseUrl } : {}),
    ...(options.keepDeployments ? { keepDeployments: options.keepDeployments } : {}),
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
