export { discoverTolerantly, type Discovery, type ServiceInfo } from './discover';
export { readWorkspaceSnapshot, type WorkspaceSnapshot } from './snapshot';
export { WorkspaceReader, type WorkspaceReaderOptions } from './reader';
export { workspaceRootFromConfig } from './config';
