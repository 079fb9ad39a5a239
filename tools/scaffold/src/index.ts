export { ScaffoldInputError, assertName, assertText, ownerGroup, serviceName, showInput } from './names';
export { GitCommandError, runGit } from './git';
export {
  INFRASTRUCTURE_KINDS,
  planScaffold,
  type InfrastructureKind,
  type ScaffoldPlan,
  type ScaffoldRequest,
} from './plan';
export { RECORD_DIR, readRecords, recordPath, type ScaffoldRecord } from './record';
export { renderText, renderFiles, type RenderValues } from './render';
export { safeTarget } from './target';
export {
  PHASE_TEMPLATES,
  TEMPLATES_DIR,
  commitSource,
  loadTemplate,
  workingTreeSource,
  type Phase,
  type TemplateName,
} from './template';
export { upgradeService, type FileOutcome, type UpgradeResult } from './upgrade';
export { writeAtomic, writeNewFiles } from './write';
