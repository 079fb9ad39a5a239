export {
  buildInputModel,
  upstreamProjects,
  POLICY_ENGINE_ENTRIES,
  SYNTH_ENGINE_ENTRIES,
  WORKSPACE_INPUTS,
  type InputKind,
  type InputMatch,
  type InputModel,
  type ProjectInputs,
} from './model';
export { SourceGraph, type ResolvedImport, type SourceReads } from './source-graph';
export { globToRegExp, isGlob } from './glob';
