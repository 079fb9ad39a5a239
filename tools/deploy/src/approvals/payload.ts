import type { OrgUser } from '@stratum/workspace';
import { APPROVAL_NAMESPACE } from './ssh-keygen';

/** What an approval signs: one environment, one sha (and the break-glass run, for an after-the-fact approval). */
export interface ApprovalSubject {
  readonly env: string;
  readonly gitSha: string;
  /** The break-glass run approved after the fact; null for an approval to promote. */
  readonly runId: string | null;
  readonly signedAt: Date;
}

/** The exact text signed and verified; a row whose env, sha, run or time was edited no longer verifies. */
export function approvalPayload(subject: ApprovalSubject): string {
  return [
    'stratum-approval v1',
    `env: ${subject.env}`,
    `sha: ${subject.gitSha}`,
    `run: ${subject.runId ?? '-'}`,
    `signed-at: ${subject.signedAt.toISOString()}`,
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
