import { environmentFile, type Environment } from '@stratum/config';
import type { Approval, Ledger } from '@stratum/ledger';
import type { OrgUser } from '@stratum/workspace';
import { actorIs } from './judge';
import { allowedSigners, approvalPayload } from './payload';
import { findPrincipals, signMessage } from './ssh-keygen';

/** An approval that cannot be given; the message says why and what to do. */
export class ApprovalRefusedError extends Error {
  override readonly name = 'ApprovalRefusedError';
}

export interface ApproveOptions {
  readonly ledger: Ledger;
  readonly users: readonly OrgUser[];
  /** SSH private key (or a public key whose private half is in ssh-agent). */
  readonly keyPath: string;
  /** @default () => new Date() */
  readonly clock?: () => Date;
}

/** Signs (env, sha, now) and stores it: an approval to promote `gitSha` into `env`. */
export async function approvePromotion(
  options: ApproveOptions & { readonly env: Environment; readonly gitSha: string },
): Promise<Approval> {
  const { env } = options;
  if (env.approvals.required === 0) {
    throw new ApprovalRefusedError(
      `${environmentFile(env.name)} requires no approvals (approvals.required is 0); there is nothing to approve.`,
    );
  }
  return signAndRecord(options, { env: env.name, gitSha: options.gitSha, runId: null });
}

/** Signs and stores an after-the-fact approval of a break-glass run; never by the run's own actor. */
export async function approveBreakGlassRun(
  options: ApproveOptions & { readonly runId: string },
): Promise<Approval> {
  const run = await options.ledger.getRun(options.runId);
  if (!run)
    throw new ApprovalRefusedError(
      `The ledger has no run ${options.runId}; list runs with \`stratum runs\`.`,
    );
  if (run.breakGlassReason === null) {
    throw new ApprovalRefusedError(
      `Run ${run.id} is not a break-glass run; only break-glass runs are approved after the fact. Approve a promotion with --env and --sha.`,
    );
  }
  return signAndRecord(options, { env: run.env, gitSha: run.gitSha, runId: run.id }, run.actor);
}

async function signAndRecord(
  options: ApproveOptions,
  subject: { env: string; gitSha: string; runId: string | null },
  deployer?: string,
): Promise<Approval> {
  const signedAt = (options.clock ?? (() => new Date()))();
  const signature = signMessage(options.keyPath, approvalPayload({ ...subject, signedAt }));
  const [approver] = findPrincipals(allowedSigners(options.users), signature);
  const user = options.users.find((u) => u.name === approver);
  if (!user) {
    throw new ApprovalRefusedError(
      `The key ${options.keyPath} is not the signing key of any User in services/org.yaml. Add its public key (the .pub line) to your User as the annotation stratum.dev/ssh-signing-key, through review, then approve again.`,
    );
  }
  if (deployer !== undefined && actorIs(deployer, user)) {
    throw new ApprovalRefusedError(
      `${user.name} ran break-glass run ${subject.runId} (actor ${deployer}); someone else must approve it after the fact.`,
    );
  }
  return options.ledger.recordApproval({ ...subject, approver: user.name, signature, signedAt });
}
