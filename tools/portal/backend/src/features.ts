import type { BackendFeature } from '@backstage/backend-plugin-api';
import authPlugin from '@backstage/plugin-auth-backend';
import githubProvider from '@backstage/plugin-auth-backend-module-github-provider';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import catalogModuleStratum from '@stratum/plugin-catalog-backend-module-stratum';
import scaffolderModuleStratum from '@stratum/plugin-scaffolder-backend-module-stratum';
import stratumPlugin from '@stratum/plugin-stratum-backend';

/**
 * Every feature of the portal backend, in one list so the tests boot exactly what `npm start` runs:
 * auth (guest for local use, GitHub for production), the catalog with the scaffolder entity model and the Stratum
 * entity provider, the scaffolder with the Stratum actions (stratum:service:create, stratum:stack:add, stratum:verify,
 * stratum:publish:local), and the Stratum API.
 */
export function portalFeatures(): BackendFeature[] {
  return [
    authPlugin,
    guestProvider,
    githubProvider,
    catalogPlugin,
    scaffolderEntityModel,
    catalogModuleStratum,
    scaffolderPlugin,
    scaffolderModuleStratum,
    stratumPlugin,
  ];
}
