import { ScmAuth, ScmIntegrationsApi, scmIntegrationsApiRef } from '@backstage/integration-react';
import { AnyApiFactory, configApiRef, createApiFactory } from '@backstage/core-plugin-api';

/**
 * The app-level APIs: SCM integrations (the scaffolder's repository pickers read them) and SCM auth. Every plugin
 * brings its own APIs (catalog, scaffolder, Stratum); the app defaults bring the rest (discovery, fetch, identity).
 */
export const apis: AnyApiFactory[] = [
  createApiFactory({
    api: scmIntegrationsApiRef,
    deps: { configApi: configApiRef },
    factory: ({ configApi }) => ScmIntegrationsApi.fromConfig(configApi),
  }),
  ScmAuth.createDefaultApiFactory(),
];
