export { GraphError, type GraphProject, type ProjectGraph } from './types';
export {
  findCycle,
  indexByName,
  layerRank,
  layerViolations,
  unknownDependencies,
  validateGraph,
} from './rules';
export { deployOrder, deployWaves, teardownOrder, withDependants, withDependencies } from './order';
export { graphWidth, type GraphWidth } from './width';
