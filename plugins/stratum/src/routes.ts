import { createExternalRouteRef, createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/** The Stratum page (the app mounts it at /stratum). */
export const rootRouteRef = createRouteRef({ id: 'stratum' });

/** One run of the ledger, under the Stratum page. */
export const runRouteRef = createSubRouteRef({
  id: 'stratum/run',
  parent: rootRouteRef,
  path: '/deployments/:runId',
});

/**
 * A scaffolder template (the app binds it to the scaffolder's selectedTemplate route); the Adoption page opens the
 * template of a service's next phase through it.
 */
export const createTemplateRouteRef = createExternalRouteRef({
  id: 'create-template',
  params: ['namespace', 'templateName'],
  optional: true,
});
