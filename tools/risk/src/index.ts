export {
  RISK_LEVELS,
  STATEFUL_TYPES,
  scoreChangeSet,
  type RiskInput,
  type RiskLevel,
  type RiskScore,
  type RiskTerm,
} from './score';
export { extraApprovalsFor } from './approvals';
export { riskMarkdown } from './markdown';
