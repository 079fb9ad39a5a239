import type { Approval } from '@stratum/ledger';
import type { OrgUser } from '@stratum/workspace';
import { allowedSigners, approvalPayload, PORTAL_PRINCIPAL, portalSigners, userEntityRef } from './payload';
import { findPrincipals, signatureIsSound, verifySignature } from './ssh-keygen';

/** One stored approval and whether it counts; `reason` says why not. */
export interface ApprovalVerdict {
  readonly approval: Approval;
  readonly counts: boolean;
  readonly reason?: string;
}

export interface JudgeOptions {
  /** The approvals of one subject (env + sha, or one break-glass run), as stored. */
  readonly approvals: readonly Approval[];
  /** services/org.yaml's users, with their groups and signing keys. */
  readonly users: readonly OrgUser[];
  /** Group refs whose members may approve (`group:platform-team`); empty = any org user. */
  readonly approvers: readonly string[];
  /** Who deploys (the run's actor): their own approval never counts. */
  readonly deployer: string;
  /**
   * The portal's attesting public keys (`stratum.dev/portal-signing-key` in services/org.yaml): an approval
   * `via: portal` counts as its approver's only when it verifies against one of them. @default none
   */
  readonly portalKeys?: readonly string[];
}

/** True when `actor` (a ledger actor: `ada`, `ada@host`, an email, a CI login) is this org user. */
export function actorIs(actor: string, user: OrgUser): boolean {
  const local = actor.includes('@') ? actor.slice(0, actor.indexOf('@')) : actor;
  return actor === user.name || local === user.name || (user.email !== undefined && actor === user.email);
}

/**
 * Judges every approval: it counts only when its SSH signature over (env, sha, run, time) verifies as the
 * approver under the keys of services/org.yaml, the approver is in an approver group, is not the deployer, and
 * has not already been counted. Returns the verdicts in order and the distinct approvers that count.
 */
export function judgeApprovals(options: JudgeOptions): { counted: string[]; verdicts: ApprovalVerdict[] } {
  const signers = allowedSigners(options.users);
  const portal = portalSigners(options.portalKeys ?? []);
  const groups = options.approvers.map((g) => (g.startsWith('group:') ? g.slice(6) : g));
  const counted: string[] = [];
  const verdicts = options.approvals.map((approval): ApprovalVerdict => {
    const reason = refusal(approval);
    if (reason) return { approval, counts: false, reason };
    counted.push(approval.approver);
    return { approval, counts: true };
  });
  return { counted, verdicts };

  function refusal(approval: Approval): string | undefined {
    const user = options.users.find((u) => u.name === approval.approver);
    if (!user) return `'${approval.approver}' is not a User in services/org.yaml`;
    const message = approvalPayload({
      env: approval.env,
      gitSha: approval.gitSha,
      runId: approval.runId,
      signedAt: new Date(approval.signedAt),
      ...(approval.via === 'portal' ? { attestedFor: userEntityRef(user.name) } : {}),
    });
    const unverified =
      approval.via === 'portal' ? portalRefusal(message, approval) : ownKeyRefusal(user, message, approval);
    if (unverified) return unverified;
    if (groups.length > 0 && !user.memberOf.some((g) => groups.includes(g)))
      return `${user.name} is not a member of ${groups.join(' or ')}`;
    if (actorIs(options.deployer, user))
      return `${user.name} deploys this change; the deployer's own approval never counts`;
    if (counted.includes(user.name)) return `${user.name} is already counted once`;
    return undefined;
  }

  function ownKeyRefusal(user: OrgUser, message: string, approval: Approval): string | undefined {
    const verified =
      user.signingKeys.length > 0 &&
      verifySignature({
        allowedSigners: signers,
        identity: user.name,
        message,
        signature: approval.signature,
      });
    if (!verified) {
      if (!signatureIsSound(message, approval.signature))
        return `not signed: the signature is not an SSH signature of this env, sha and time (forged or altered)`;
      const principals = findPrincipals(signers, approval.signature);
      if (principals.length > 0 && !principals.includes(user.name))
        return `signed with ${principals.join('/')}'s key, not ${user.name}'s: a name typed in, not ${user.name}'s approval`;
      if (principals.length === 0 && user.signingKeys.length === 0)
        return `${user.name} has no stratum.dev/ssh-signing-key in services/org.yaml`;
      if (principals.length === 0) return `signed by a key that no User in services/org.yaml has registered`;
      return `the signature does not verify as ${user.name}`;
    }
    return undefined;
  }

  /** An approval the portal signed for its signed-in user: only the registered portal key makes it one. */
  function portalRefusal(message: string, approval: Approval): string | undefined {
    if (!portal)
      return `signed by the portal, but services/org.yaml registers no stratum.dev/portal-signing-key`;
    if (
      verifySignature({
        allowedSigners: portal,
        identity: PORTAL_PRINCIPAL,
        message,
        signature: approval.signature,
      })
    )
      return undefined;
    if (!signatureIsSound(message, approval.signature))
      return `not signed: the signature is not an SSH signature of this env, sha, time and approver (forged or altered)`;
    return `signed by a key that is not the portal's registered stratum.dev/portal-signing-key`;
  }
}

/** One line per verdict, for refusals: `ada (2026-…): signed with grace's key, …`. */
export function describeVerdicts(verdicts: readonly ApprovalVerdict[]): string {
  return verdicts
    .map((v) => `${v.approval.approver} (signed ${v.approval.signedAt}): ${v.counts ? 'counts' : v.reason}`)
    .join('; ');
}
