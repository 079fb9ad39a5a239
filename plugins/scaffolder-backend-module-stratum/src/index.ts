/**
 * Scaffolder actions for Stratum's graduated adoption: stratum:service:create, stratum:stack:add, stratum:verify and
 * stratum:publish:local, plus the template rendering and three-way upgrade the `stratum upgrade` command shares.
 */
export { scaffolderModuleStratum as default } from './module';
export { addStackAction } from './actions/addStack';
export { createServiceAction } from './actions/createService';
export { publishLocalAction } from './actions/publishLocal';
export { verifyAction } from './actions/verify';
export type { StratumActionOptions } from './actions/monorepo';
