import type { OrgUser } from '@stratum/workspace';
import { APPROVAL_NAMESPACE } from './ssh-keygen';

/** What an approval signs: one environment, one sha (and the break-glass run, for an after-the-fact approval). */
export interface ApprovalSubject {
  readonly env: string;
  readonly gitSha: string;
  /** The break-glass run approved after the fact; null for an approval to promote. */
  readonly runId: string | null;
  readonly signedAt: Date;
  /**
   * Set when the portal backend signs with its attesting key: the signed-in user's entity ref
   * (`user:default/ada`), signed as `approver:` and `via: portal`. @default undefined (the approver's own key)
   */
  readonly attestedFor?: string;
}

/** The principal of the portal's attesting keys in an allowed-signers list. */
export const PORTAL_PRINCIPAL = 'stratum-portal';

/** The entity ref the portal signs for an org user (org.yaml's Users are in the default namespace). */
export function userEntityRef(user: string): string {
  return `user:default/${user}`;
}

/** The exact text signed and verified; a row whose env, sha, run or time was edited no longer verifies. */
export function approvalPayload(subject: ApprovalSubject): string {
  return [
    'stratum-approval v1',
    `env: ${subject.env}`,
    `sha: ${subject.gitSha}`,
    `run: ${subject.runId ?? '-'}`,
    `signed-at: ${subject.signedAt.toISOString()}`,
    ...(subject.attestedFor === undefined ? [] : [`approver: ${subject.attestedFor}`, 'via: portal']),
    '',
  ].join('\n');
}

/** An `allowed_signers` file (ssh-keygen(1)) with each org user's signing keys, for the approval namespace only. */
export function allowedSigners(users: readonly OrgUser[]): string {
  return users
    .flatMap((user) =>
      user.signingKeys.map((key) => `${user.name} namespaces="${APPROVAL_NAMESPACE}" ${key}`),
    )
    .map((line) => `${line}\n`)
    .join('');
}

/** An `allowed_signers` file with the portal's registered attesting keys, as principal `stratum-portal`. */
export function portalSigners(portalKeys: readonly string[]): string {
  return portalKeys.map((key) => `${PORTAL_PRINCIPAL} namespaces="${APPROVAL_NAMESPACE}" ${key}\n`).join('');
}
