import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { StratumClient, stratumApiRef } from './api';
import { EntityStratumContent as EntityContent } from './components/EntityStratumContent';
import { EntityStratumResourceContent as ResourceContent } from './components/EntityStratumResourceContent';
import { StratumPage as Page } from './components/StratumPage';
import { createTemplateRouteRef, rootRouteRef } from './routes';

// The extensions load their components through promises like lazy ones do, but from static imports: the portal's
// TypeScript settings (NodeNext) want file extensions on dynamic imports, which the app's bundler does not map to .tsx.

export const stratumPlugin = createPlugin({
  id: 'stratum',
  apis: [
    createApiFactory({
      api: stratumApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) => new StratumClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: rootRouteRef },
  externalRoutes: { createTemplate: createTemplateRouteRef },
});

/** The Stratum page: ownership, deployments, platform SLOs, adoption and impact, one tab each. */
export const StratumPage = stratumPlugin.provide(
  createRoutableExtension({
    name: 'StratumPage',
    component: () => Promise.resolve(Page),
    mountPoint: rootRouteRef,
  }),
);

/** Entity tab for a Component: its stacks, their deploy history and the service's adoption phase. */
export const EntityStratumContent = stratumPlugin.provide(
  createComponentExtension({
    name: 'EntityStratumContent',
    component: { lazy: () => Promise.resolve(EntityContent) },
  }),
);

/** Entity tab for a Resource (a Stratum project): its history, dependants and last drift check. */
export const EntityStratumResourceContent = stratumPlugin.provide(
  createComponentExtension({
    name: 'EntityStratumResourceContent',
    component: { lazy: () => Promise.resolve(ResourceContent) },
  }),
);
