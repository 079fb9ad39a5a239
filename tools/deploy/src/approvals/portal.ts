import type { Approval, Ledger } from '@stratum/ledger';
import type { OrgUser } from '@stratum/workspace';
import { ApprovalRefusedError } from './approve';
import { judgeApprovals } from './judge';
import { approvalPayload, userEntityRef } from './payload';
import { signMessage } from './ssh-keygen';

/** What the portal approves: a sha for a gated environment, or a break-glass run after the fact. */
export interface PortalApprovalSubject {
  readonly env: string;
  readonly gitSha: string;
  /** The break-glass run approved after the fact; null for an approval to promote. */
  readonly runId: string | null;
}

export interface AttestOptions {
  readonly ledger: Ledger;
  readonly users: readonly OrgUser[];
  /** The registered attesting keys (`stratum.dev/portal-signing-key` in services/org.yaml). */
  readonly portalKeys: readonly string[];
  /** The portal backend's private SSH key (`stratum.approvals.signingKey`). */
  readonly keyPath: string;
  /** The org user the signed-in Backstage identity is (never a typed name). */
  readonly approver: string;
  readonly subject: PortalApprovalSubject;
  /** Group refs whose members may approve; empty = any org user. */
  readonly approvers: readonly string[];
  /** The break-glass run's actor, whose own approval never counts; '' for a promotion (its promoter is not known yet). */
  readonly deployer: string;
  /** @default () => new Date() */
  readonly clock?: () => Date;
}

/**
 * Signs (env, sha, run, time, approver entity ref, via portal) with the portal's key and stores it, after judging
 * it by the same rules `promote` and `runs show` apply: refused (nothing stored) unless it would count.
 */
export async function attestApproval(options: AttestOptions): Promise<Approval> {
  const signedAt = (options.clock ?? (() => new Date()))();
  const { subject } = options;
  const signature = signMessage(
    options.keyPath,
    approvalPayload({ ...subject, signedAt, attestedFor: userEntityRef(options.approver) }),
  );
  const candidate: Approval = {
    id: 0,
    ...subject,
    approver: options.approver,
    signature,
    signedAt: signedAt.toISOString(),
    recordedAt: signedAt.toISOString(),
    via: 'portal',
  };
  const [verdict] = judgeApprovals({
    approvals: [candidate],
    users: options.users,
    approvers: options.approvers,
    deployer: options.deployer,
    portalKeys: options.portalKeys,
  }).verdicts;
  if (!verdict?.counts) throw new ApprovalRefusedError(`This approval would not count: ${verdict?.reason}.`);
  return options.ledger.recordApproval({
    ...subject,
    approver: options.approver,
    signature,
    signedAt,
    via: 'portal',
  });
}
