export { BIND_HOST, loopbackEndpoint, type EmulatorEndpoint } from './endpoint';
export {
  describeOwner,
  emulatorPaths,
  emulatorStatus,
  startEmulator,
  stopEmulator,
  type EmulatorEnv,
  type EmulatorOptions,
  type EmulatorState,
  type EmulatorStatus,
  type StartOptions,
  type StartResult,
  type StopResult,
} from './emulator';
export { EmulatorError } from './errors';
export {
  findMotoServer,
  locateMotoServer,
  MOTO_REQUIREMENT,
  VENV_DIR,
  type LocateOptions,
  type MotoServer,
} from './locate';
export { answers, pollWithBackoff, type PollOptions } from './poll';
export { freePort, portIsOpen, portOwner, type PortOwner } from './ports';
export { ensureStateBucket, type StateBucketResult } from './state-bucket';
