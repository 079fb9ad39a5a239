export { MANIFEST_FILE, STACK_ENTRY, groupName, readManifest, type ProjectManifest } from './manifest';
export {
  ORG_FILE,
  SERVICE_CATALOG_FILE,
  readOrgGroups,
  readOrgUserEntities,
  readOrgUsers,
  readServiceCatalog,
  SIGNING_KEY_ANNOTATION,
  type OrgUser,
  type ServiceCatalogInfo,
} from './catalog';
export { SERVICES_DIR, SHARED_DIR, discoverProjects, type DiscoveredProject } from './discover';
export { importEdges, type ImportEdge, type ProjectRoot } from './imports';
export { loadWorkspace, type Workspace } from './load';
export { computeAffected, GLOBAL_INPUTS, type AffectedOptions, type AffectedResult } from './affected';
export { changedFiles, GitError, mergeBase, resolveCommit, type FileChange } from './git';
export { withSnapshot } from './snapshot';
