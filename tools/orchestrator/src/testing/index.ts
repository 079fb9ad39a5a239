export { createProcessRunner, fakeTerraformPath, type ProcessRunnerOptions } from './process-runner';
export { scriptedRunner, type ScriptedRunner, type UnitScript } from './scripted-runner';
export { exampleGraph, graphOf } from './graphs';
export { VirtualClock } from './virtual-clock';
export { simulateDeployment, type Simulation } from './simulate';
export {
  DAG_SHAPES,
  generateDag,
  seededRandom,
  type DagShape,
  type GeneratedDag,
  type GenerateOptions,
} from './generate';
