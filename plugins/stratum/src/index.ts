/**
 * Stratum's Backstage frontend plugin: ownership, deployments, platform SLOs, adoption and impact pages, and entity
 * tabs for Components and Resources.
 */
export { stratumPlugin, StratumPage, EntityStratumContent, EntityStratumResourceContent } from './plugin';
export { EntityServiceSloContent } from './components/ServiceSloContent/extension';
export { rootRouteRef, createTemplateRouteRef } from './routes';
export { StratumClient, stratumApiRef } from './api';
export type { RunFilter, SloFilter, StratumApi, TrendFilter } from './api';
