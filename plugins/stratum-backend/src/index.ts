export { stratumPlugin as default } from './plugin';
export { createRouter, type RouterOptions } from './service/router';
export { platformSloReport, type PlatformSloRequest } from './slo/report';
export { sloAggregates, type GroupAggregates, type SloScope } from './slo/queries';
export { judgeSlos, SLO_DEFINITIONS } from './slo/compute';
export { ObjectivesFile, parseObjectives, DEFAULT_OBJECTIVES_FILE, type Objectives } from './slo/objectives';
export { adoptionReport, serviceAdoption } from './adoption/adoption';
export { prodPolicyGate, type GateVerdict, type PolicyGate } from './adoption/policy';
export { impactOf } from './impact';
export { publishRun } from './ledger/publish';
export { migratePortalTables, COMMITS_TABLE } from './ledger/migrations';
export {
  gitCommitTimes,
  recordCommitTime,
  resolveCommitTimes,
  type CommitTimeLookup,
} from './ledger/commits';
