// Public surface of the construct library. Projects import from here, never from cdktn or the provider.
export * from './cdktn';
export { StratumStack, GIT_SHA_VARIABLE, type StackClass, type StackSizes } from './core/base-stack';
export { remoteState, stateLocation } from './core/backend';
export {
  stackDirToRoot,
  stackName,
  stackOutDir,
  synthOutDir,
  type ProjectInfo,
  type StackContext,
} from './core/context';
export { Names } from './core/naming';
export {
  defineOutputs,
  outputName,
  type OutputContract,
  type OutputKind,
  type OutputValues,
} from './core/outputs';
export { createAwsProvider } from './core/provider';
export { POLICY_SUPPRESSIONS_KEY, suppressPolicy, type PolicySuppression } from './core/suppressions';
// Layer constructs (one per file under ./layers; see layers/README.md).
export { Network, type NetworkProps } from './layers/network';
export {
  SecurityBaseline,
  DEFAULT_BOUNDARY_ACTIONS,
  type SecurityBaselineProps,
} from './layers/security-baseline';
export { EcsPlatform, type EcsPlatformProps } from './layers/platform';
export { SharedObservability, type SharedObservabilityProps } from './layers/observability';
export { PostgresDatabase, Queue, type PostgresDatabaseProps, type QueueProps } from './layers/data';
export { EcsService, type EcsServiceProps, type ContainerSecret } from './layers/application';
export {
  ServiceSecurity,
  type ServiceSecurityProps,
  type ServiceStatement,
  type SecurityGroupLink,
} from './layers/service-security';
export {
  ServiceAlarms,
  type ServiceAlarmsProps,
  type EcsAlarmTarget,
  type AlbAlarmTarget,
  type DatabaseAlarmTarget,
} from './layers/monitoring';
export {
  SloAlarms,
  albRequestIndicator,
  type CloudWatchCounter,
  type CloudWatchIndicator,
  type SloAlarmObjective,
  type SloAlarmsProps,
  type SloBurnWindow,
} from './layers/slo-alarms';
export { stratumStackOf } from './layers/stack-of';
export { EncryptionKey, type EncryptionKeyProps } from './layers/encryption-key';
export { SecureBucket, type SecureBucketProps } from './layers/secure-bucket';
export { type PolicyStatement } from './layers/policy';
export { type Peer } from './layers/security-group';
// Provider classes projects may use directly (code written by `stratum import`).
export * from './importable';
