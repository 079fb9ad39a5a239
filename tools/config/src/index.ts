export { ConfigError, UsageError, showValue } from './errors';
export { parseYaml, parseYamlAll, readYamlFile, readYamlFileAll, type YamlLimits } from './yaml';
export { findWorkspaceRoot } from './workspace';
export {
  EnvironmentSchema,
  LAYERS,
  type Environment,
  type EnvironmentSizes,
  type Layer,
  type ServiceOverride,
  type StateBackendConfig,
} from './environment/schema';
export {
  listEnvironments,
  loadAllEnvironments,
  loadEnvironment,
  validateEnvironment,
} from './environment/load';
export {
  ENVIRONMENTS_DIR,
  environmentFile,
  SYNTH_OUT_DIR,
  synthOutDir,
  stackFolder,
  stackOutDir,
  type StackFolderPurpose,
} from './layout';
