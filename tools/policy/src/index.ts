// Public surface of the policy gate. The CLI (`stratum policy`, `stratum plan`) calls runPolicy and a formatter.
export { runPolicy, evaluatePolicy, type RunPolicyOptions, type EvaluateOptions } from './engine';
export {
  formatPolicyJson,
  formatPolicyText,
  policyExitCode,
  toPolicyJson,
  type FindingJson,
  type PolicyReportJson,
} from './format';
export { PolicyInputError } from './errors';
export {
  parseTerraformJson,
  readTerraformJson,
  type TerraformDocument,
  type TerraformJson,
  type ReadLimits,
} from './load/read';
export {
  PROFILES,
  blockingSeverities,
  enabledRules,
  settingsOf,
  type EnabledRule,
  type PolicySettings,
  type ProfileDefinition,
} from './profiles';
export { RULES } from './rules';
export type { Rule, RuleContext, Target } from './rules/rule';
export { SUPPRESSIONS_KEY, isCalendarDate } from './suppressions';
export { EXTERNAL_EXCEPTIONS, STATEFUL_DESTROY_EXCEPTION } from './exceptions';
export {
  SEVERITIES,
  type Finding,
  type PolicyReport,
  type ProfileName,
  type RuleMeta,
  type Severity,
  type SuppressedFinding,
} from './types';
export {
  findCorpus,
  judgeCorpus,
  readQueries,
  scoreByRule,
  type CorpusVerdict,
  type RuleScore,
} from './corpus/kics';
