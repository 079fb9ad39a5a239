export { ApprovalRefusedError, approveBreakGlassRun, approvePromotion, type ApproveOptions } from './approve';
export { actorIs, describeVerdicts, judgeApprovals, type ApprovalVerdict, type JudgeOptions } from './judge';
export { allowedSigners, approvalPayload, type ApprovalSubject } from './payload';
export {
  APPROVAL_NAMESPACE,
  findPrincipals,
  signMessage,
  SshSigningError,
  verifySignature,
} from './ssh-keygen';
export { breakGlassApprovers } from './break-glass';
