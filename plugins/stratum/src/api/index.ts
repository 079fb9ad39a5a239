export { StratumClient } from './StratumClient';
export { stratumApiRef } from './types';
export type { RunFilter, SloFilter, StratumApi, TrendFilter } from './types';
