import { environmentFile, type Environment } from '@stratum/config';
import type { Ledger, RunRecord } from '@stratum/ledger';
import type { OrgUser } from '@stratum/workspace';
import { describeVerdicts, judgeApprovals } from './approvals/judge';

/** Why a promotion may not go ahead; the message says what to do instead. */
export class PromotionRefusedError extends Error {
  override readonly name = 'PromotionRefusedError';
}

/**
 * The commit a promotion from `from` to `to` deploys, after checking the rules: `to` promotes from `from`, the
 * source's last deploy succeeded, and a drift check after it found nothing.
 */
export async function promotableCommit(
  ledger: Ledger,
  from: Environment,
  to: Environment,
): Promise<{ sha: string; sourceRun: RunRecord }> {
  if (to.promotion?.from !== from.name) {
    throw new PromotionRefusedError(
      `${environmentFile(to.name)}: promotion.from is ${to.promotion ? `'${to.promotion.from}'` : 'not set'}, so '${to.name}' does not take promotions from '${from.name}'.`,
    );
  }
  const [last] = (await ledger.listRuns({ env: from.name, kind: 'deploy', limit: 1 })).runs;
  if (!last) throw new PromotionRefusedError(`'${from.name}' has no deploys yet; deploy it first.`);
  if (last.status !== 'succeeded') {
    throw new PromotionRefusedError(
      `The last deploy to '${from.name}' (run ${last.id}) ended ${last.status}; promote only what succeeded there. Fix and redeploy '${from.name}' first.`,
    );
  }
  const [check] = (await ledger.listRuns({ env: from.name, kind: 'drift', limit: 1 })).runs;
  if (!check || check.startedAt < (last.finishedAt ?? last.startedAt)) {
    throw new PromotionRefusedError(
      `No drift check of '${from.name}' since its last deploy (run ${last.id}); run \`stratum drift --env ${from.name}\` first.`,
    );
  }
  if (check.status !== 'succeeded')
    throw new PromotionRefusedError(
      `The last drift check of '${from.name}' (run ${check.id}) ended ${check.status}; run it again.`,
    );
  const findings = await ledger.listDrift({ env: from.name, runId: check.id, limit: 1 });
  if (findings.length > 0) {
    throw new PromotionRefusedError(
      `'${from.name}' has drift (run ${check.id}, e.g. ${findings[0]!.stack} ${findings[0]!.resourceAddress}.${findings[0]!.attribute}); resolve it before promoting.`,
    );
  }
  return { sha: last.gitSha, sourceRun: last };
}

/**
 * The approvals that let `sha` into `to`: SSH-signed approvals stored in the ledger for exactly that sha and
 * environment that verify against services/org.yaml, from distinct members of `to`'s approver groups, never
 * the deployer's own. Refused (listing each approval and why it does not count) when fewer than required.
 */
export async function checkApprovals(options: {
  readonly ledger: Ledger;
  readonly to: Environment;
  readonly sha: string;
  readonly users: readonly OrgUser[];
  readonly deployer: string;
  /** Approvals needed on top of `approvals.required` (a risky change), and why. @default none */
  readonly extra?: { readonly extra: number; readonly because?: string };
  /** The portal's attesting keys (services/org.yaml), for approvals given in the portal. @default none */
  readonly portalKeys?: readonly string[];
}): Promise<string[]> {
  const { approvers } = options.to.approvals;
  const extra = options.extra?.extra ?? 0;
  const required = options.to.approvals.required + extra;
  if (required === 0) return [];
  const stored = await options.ledger.listApprovals({
    env: options.to.name,
    gitSha: options.sha,
    runId: null,
  });
  const { counted, verdicts } = judgeApprovals({
    approvals: stored,
    users: options.users,
    approvers,
    deployer: options.deployer,
    portalKeys: options.portalKeys ?? [],
  });
  if (counted.length >= required) return counted;
  const file = environmentFile(options.to.name);
  throw new PromotionRefusedError(
    `${file} requires ${required} approval(s)${approvers.length ? ` from ${approvers.join(', ')}` : ''} of ${options.sha} for '${options.to.name}'` +
      `${extra > 0 ? ` (${options.to.approvals.required} + ${extra}: ${options.extra?.because ?? 'risk'})` : ''}; ` +
      `${counted.length} count${verdicts.length ? ` (${describeVerdicts(verdicts)})` : ', none is recorded'}. ` +
      `An approver signs with \`stratum approve --env ${options.to.name} --sha ${options.sha} --key ~/.ssh/id_ed25519\`, with the key registered on their User in services/org.yaml.`,
  );
}
