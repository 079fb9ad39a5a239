export {
  MANIFEST_FILE,
  PROJECT_NAME,
  STACK_ENTRY,
  groupName,
  readManifest,
  type ProjectManifest,
} from './manifest';
export {
  ORG_FILE,
  SERVICE_CATALOG_FILE,
  readOrgGroups,
  readOrgUserEntities,
  readPortalSigningKeys,
  PORTAL_SIGNING_KEY_ANNOTATION,
  readOrgUsers,
  readServiceCatalog,
  SIGNING_KEY_ANNOTATION,
  type OrgUser,
  type ServiceCatalogInfo,
} from './catalog';
export { discoverProjects } from './discover';
export { SERVICES_DIR, SHARED_DIR, discoveryInputs } from './project-folders';
export {
  scanWorkspace,
  type DiscoveredProject,
  type OrphanedProject,
  type ScannedProject,
  type ScannedService,
  type WorkspaceProblem,
  type WorkspaceScan,
} from './scan';
export { importEdges, type ImportEdge, type ProjectRoot } from './imports';
export { connectProjects, loadWorkspace, type Workspace } from './load';
export {
  computeAffected,
  type AffectedOptions,
  type AffectedRename,
  type AffectedResult,
  type AffectedRule,
  type Precision,
  type UnchangedImporter,
} from './affected';
export {
  buildInputModel,
  globToRegExp,
  POLICY_ENGINE_ENTRIES,
  SourceGraph,
  SYNTH_ENGINE_ENTRIES,
  upstreamProjects,
  WORKSPACE_INPUTS,
  type InputKind,
  type InputMatch,
  type InputModel,
  type ProjectInputs,
} from './inputs';
export { changedFiles, GitError, mergeBase, resolveCommit, type FileChange } from './git';
export { withSnapshot } from './snapshot';
export { withCheckout } from './checkout';
