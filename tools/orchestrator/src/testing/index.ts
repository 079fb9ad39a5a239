export { createProcessRunner, fakeTerraformPath, type ProcessRunnerOptions } from './process-runner';
export { scriptedRunner, type ScriptedRunner, type UnitScript } from './scripted-runner';
export { exampleGraph, graphOf } from './graphs';
export { VirtualClock } from './virtual-clock';
export { simulateDeployment, type Simulation } from './simulate';
