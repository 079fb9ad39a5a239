export {
  ChangeRefusedError,
  isGated,
  MIN_BREAK_GLASS_REASON,
  refuseDirectChange,
  type BreakGlass,
} from './gated';
export {
  deployRevision,
  isLocalEnvironment,
  isSynthInput,
  workingTreeRevision,
  type Revision,
} from './revision';
