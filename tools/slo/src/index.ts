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
export { SLO_FILE, parseSloDocuments, readServiceSlo, readServiceSlos, readSloFile } from './openslo/parse';
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
// The platform's own SLOs (deploy success rate, lead time, rollback time, change failure rate, MTTR, drift rate),
// computed from the ledger; shared by the portal backend and `stratum slo check`.
export {
  OVERALL,
  PORTAL_COMMITS_TABLE,
  sloAggregates,
  type DurationStats,
  type DurationThresholds,
  type GroupAggregates,
  type SloScope,
} from './platform/aggregates';
export { SLO_DEFINITIONS, judgeSlos } from './platform/judge';
export { doraMetrics } from './platform/dora';
export {
  DEFAULT_OBJECTIVES_FILE,
  ObjectivesFile,
  parseObjectives,
  type Objectives,
} from './platform/objectives';
export {
  platformSloReport,
  type GroupableProject,
  type PlatformSloRequest,
  type SloAggregator,
} from './platform/report';
export {
  budgetSpent,
  platformSloGate,
  type PlatformSloGate,
  type PlatformSloGateRequest,
} from './platform/gate';
// The platform SLO records, also the types-only entry `@stratum/slo/types` for browser code.
export * from './platform/types';
