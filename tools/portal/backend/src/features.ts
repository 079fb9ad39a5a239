import type { BackendFeature } from '@backstage/backend-plugin-api';
import authPlugin from '@backstage/plugin-auth-backend';
import githubProvider from '@backstage/plugin-auth-backend-module-github-provider';
import guestProvider from '@backstage/plugin-auth-backend-module-guest-provider';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import scaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import catalogModuleStratum from '@stratum/plugin-catalog-backend-module-stratum';
import stratumPlugin from '@stratum/plugin-stratum-backend';

/** The Stratum scaffolder actions (stratum:service:create, ...), added once their package is in the workspace. */
const OPTIONAL_FEATURES = ['@stratum/plugin-scaffolder-backend-module-stratum'];

/**
 * Every feature of the portal backend, in one list so the tests boot exactly what `npm start` runs:
 * auth (guest for local use, GitHub for production), the catalog with the scaffolder entity model and the Stratum
 * entity provider, the scaffolder, and the Stratum API.
 */
export function portalFeatures(): BackendFeature[] {
  const features = [
    authPlugin,
    guestProvider,
    githubProvider,
    catalogPlugin,
    scaffolderEntityModel,
    catalogModuleStratum,
    scaffolderPlugin,
    stratumPlugin,
  ];
  for (const name of OPTIONAL_FEATURES) {
    const feature = optionalFeature(name);
    if (feature) features.push(feature);
  }
  return features;
}

function optionalFeature(name: string): BackendFeature | undefined {
  try {
    require.resolve(name);
  } catch {
    return undefined;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an optional package, resolved at run time
  return (require(name) as { default: BackendFeature }).default;
}
