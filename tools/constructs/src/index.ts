// Public surface of the construct library. Projects import from here, never from cdktf or the provider.
export * from './cdktf';
export { StratumStack, GIT_SHA_VARIABLE, type StackClass, type StackSizes } from './core/base-stack';
export { remoteState, stateLocation } from './core/backend';
export { stackDirToRoot, stackName, stackOutDir, synthOutDir, type ProjectInfo, type StackContext } from './core/context';
export { Names } from './core/naming';
export { defineOutputs, outputName, type OutputContract, type OutputKind, type OutputValues } from './core/outputs';
export { createAwsProvider } from './core/provider';
export { POLICY_SUPPRESSIONS_KEY, suppressPolicy, type PolicySuppression } from './core/suppressions';
