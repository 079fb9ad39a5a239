import type { Environment } from '@stratum/config';
import type { Ledger, RunRecord } from '@stratum/ledger';

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
      `environments/${to.name}.yaml: promotion.from is ${to.promotion ? `'${to.promotion.from}'` : 'not set'}, so '${to.name}' does not take promotions from '${from.name}'.`,
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
 * Checks `approvedBy` against `environments/<to>.yaml` approvals: at least `required` distinct people, each a
 * user of the org file and, when `approvers` lists groups, a member of one of them.
 */
export function checkApprovals(
  to: Environment,
  approvedBy: readonly string[],
  users: ReadonlyMap<string, readonly string[]>,
): void {
  const { required, approvers } = to.approvals;
  if (required === 0) return;
  const unique = [...new Set(approvedBy)];
  if (unique.length < required) {
    throw new PromotionRefusedError(
      `environments/${to.name}.yaml requires ${required} approval(s)${approvers.length ? ` from ${approvers.join(', ')}` : ''}; pass --approved-by <user>${required > 1 ? ',<user>' : ''}.`,
    );
  }
  const groups = approvers.map((g) => (g.startsWith('group:') ? g.slice(6) : g));
  for (const person of unique) {
    const memberOf = users.get(person);
    if (!memberOf)
      throw new PromotionRefusedError(`--approved-by: '${person}' is not a User in services/org.yaml.`);
    if (groups.length > 0 && !memberOf.some((g) => groups.includes(g))) {
      throw new PromotionRefusedError(
        `--approved-by: '${person}' is not a member of ${groups.join(' or ')}, who approve '${to.name}'.`,
      );
    }
  }
}
