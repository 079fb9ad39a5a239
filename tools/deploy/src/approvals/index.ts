export { ApprovalRefusedError, approveBreakGlassRun, approvePromotion, type ApproveOptions } from './approve';
export { actorIs, describeVerdicts, judgeApprovals, type ApprovalVerdict, type JudgeOptions } from './judge';
export {
  allowedSigners,
  approvalPayload,
  PORTAL_PRINCIPAL,
  portalSigners,
  userEntityRef,
  type ApprovalSubject,
} from './payload';
export { attestApproval, type AttestOptions, type PortalApprovalSubject } from './portal';
export {
  APPROVAL_NAMESPACE,
  findPrincipals,
  signMessage,
  SshSigningError,
  verifySignature,
} from './ssh-keygen';
export { breakGlassApprovers } from './break-glass';
