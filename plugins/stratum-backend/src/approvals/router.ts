import type { BackstageCredentials, HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import { NotAllowedError, NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { ApprovalRefusedError, attestApproval } from '@stratum/deploy/src/approvals';
import type { Approval, Ledger } from '@stratum/ledger';
import type {
  ApprovingState,
  BreakGlassRuns,
  PendingPromotions,
  PortalApprovalResult,
} from '@stratum/plugin-stratum-common';
import { readOrgUserEntities, readPortalSigningKeys } from '@stratum/workspace';
import express from 'express';
import Router from 'express-promise-router';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseInput } from '../service/validation';
import { approverIdentity, requireApprover } from './identity';
import { gatedEnvironments, pendingPromotion, waitingBreakGlassRuns, type Signers } from './pending';

/** `stratum.approvals.signingKey`: the portal backend's private SSH key, resolved from the workspace root. */
export function signingKeyFromConfig(config: Config, root: string): string | undefined {
  const path = config.getOptionalString('stratum.approvals.signingKey');
  return path === undefined ? undefined : resolve(root, path);
}

const NO_KEY =
  "Approving in the portal is off: stratum.approvals.signingKey (app-config) names no SSH private key. Set it to the portal's key and register its .pub line as stratum.dev/portal-signing-key in services/org.yaml; until then approve with `stratum approve`.";

const SHA = z.string().regex(/^[0-9a-f]{7,64}(\+dirty)?$/, 'must be a git sha');
const ApproveBody = z.strictObject({
  env: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an environment name such as prod'),
  gitSha: SHA,
});
const RunParams = z.strictObject({ id: z.string().regex(/^[0-9A-Z]{26}$/, 'must be a run id') });

export interface ApprovalsRouterOptions {
  readonly ledger: Ledger;
  readonly httpAuth: HttpAuthService;
  readonly logger: LoggerService;
  readonly root: string;
  /** The portal's private SSH key; undefined: approving is off (the pages say so). */
  readonly signingKey?: string;
}

/**
 * `GET /promotions/pending`, `POST /promotions/approvals`, `GET /break-glass`, `POST /break-glass/:id/approvals`.
 * An approval is signed by the portal's own key for the signed-in user's entity ref (never a typed name); guests,
 * services and users outside services/org.yaml get 403; without a signing key approving answers 503.
 */
export function approvalsRouter(options: ApprovalsRouterOptions): express.Router {
  const { ledger, httpAuth, root } = options;
  const router = Router();
  const signers = (): Signers => ({
    users: readOrgUserEntities(root),
    portalKeys: readPortalSigningKeys(root),
  });
  const approving = (credentials: BackstageCredentials, users: Signers['users']): ApprovingState => {
    const identity = approverIdentity(credentials, users);
    if ('refusal' in identity)
      return { enabled: false, userEntityRef: identity.ref, reason: identity.refusal };
    if (!options.signingKey) return { enabled: false, userEntityRef: identity.ref, reason: NO_KEY };
    return { enabled: true, userEntityRef: identity.ref };
  };

  const attest = async (
    credentials: BackstageCredentials,
    subject: { env: string; gitSha: string; runId: string | null },
    rules: { approvers: readonly string[]; deployer: string },
  ): Promise<PortalApprovalResult> => {
    const current = signers();
    const { user, ref } = requireApprover(credentials, current.users);
    if (!options.signingKey) throw new ServiceUnavailableError(NO_KEY);
    let approval: Approval;
    try {
      approval = await attestApproval({
        ledger,
        ...current,
        keyPath: options.signingKey,
        approver: user.name,
        subject,
        ...rules,
      });
    } catch (error) {
      if (error instanceof ApprovalRefusedError) throw new NotAllowedError(error.message);
      throw error;
    }
    options.logger.info(
      `Stratum: ${ref} approved ${subject.runId ? `break-glass run ${subject.runId}` : `${subject.gitSha} for ${subject.env}`} in the portal.`,
    );
    const { approver, env, gitSha, runId, signedAt } = approval;
    return { approver, env, gitSha, runId, signedAt };
  };

  router.get('/promotions/pending', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const current = signers();
    const environments = [];
    for (const env of gatedEnvironments(root))
      environments.push(await pendingPromotion(ledger, env, current));
    const body: PendingPromotions = { approving: approving(credentials, current.users), environments };
    res.json(body);
  });

  router.post('/promotions/approvals', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { env, gitSha } = parseInput(ApproveBody, req.body, 'body');
    const target = gatedEnvironments(root).find((e) => e.name === env);
    if (!target)
      throw new NotFoundError(`No gated environment ${env}: environments/${env}.yaml has no promotion.from.`);
    if (target.approvals.required === 0)
      throw new NotAllowedError(`environments/${env}.yaml requires no approvals (approvals.required is 0).`);
    const result = await attest(
      credentials,
      { env, gitSha, runId: null },
      {
        approvers: target.approvals.approvers,
        deployer: '',
      },
    );
    res.status(201).json(result);
  });

  router.get('/break-glass', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const current = signers();
    const body: BreakGlassRuns = {
      approving: approving(credentials, current.users),
      waiting: await waitingBreakGlassRuns(ledger, current),
    };
    res.json(body);
  });

  router.post('/break-glass/:id/approvals', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { id } = parseInput(RunParams, req.params, 'params');
    const run = await ledger.getRun(id);
    if (!run) throw new NotFoundError(`No run ${id} in the ledger.`);
    if (run.breakGlassReason === null)
      throw new NotAllowedError(
        `Run ${id} is not a break-glass run; only break-glass runs are approved after the fact.`,
      );
    const result = await attest(
      credentials,
      { env: run.env, gitSha: run.gitSha, runId: run.id },
      {
        approvers: [],
        deployer: run.actor,
      },
    );
    res.status(201).json(result);
  });

  return router;
}
