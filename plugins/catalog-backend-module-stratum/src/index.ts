export { catalogModuleStratum as default } from './module';
export { StratumEntityProvider, type RefreshSummary, type StratumEntityProviderOptions } from './provider';
export { projectEntities, type EntityOptions } from './entities';
