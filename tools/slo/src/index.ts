// SLOs as code: OpenSLO v1 definitions (services/<service>/slo.yaml), burn-rate maths and alert generation.
export type { BurnRateCondition, ServiceSlo, Severity, SloAlertPolicy, SloIndicator } from './types';
export { SEVERITIES } from './types';
export { DURATION_FORMAT, durationOf, formatSeconds, parseSloDuration, type SloDuration } from './duration';
export {
  BURN_RATE_WINDOWS,
  DEFAULT_CONDITIONS,
  SHORT_WINDOW_DIVISOR,
  alertConditions,
  budgetConsumed,
  burnRate,
  burnRateThreshold,
  errorBudget,
  remainingErrorBudget,
} from './budget';
export { API_VERSION, KINDS, WINDOW_PLACEHOLDER } from './openslo/schema';
export { SLO_FILE, parseSloDocuments, readServiceSlos, readSloFile } from './openslo/parse';
export { cloudWatchAlarmPlan, type SloAlarmObjective, type SloBurnWindow } from './cloudwatch/alarm-plan';
export { errorRatioQuery, renderQuery } from './prometheus/query';
export {
  BURN_ALERT,
  errorRatioRecord,
  prometheusRules,
  renderRules,
  type AlertingRule,
  type RecordingRule,
  type RuleFile,
  type RuleGroup,
} from './prometheus/rules';
