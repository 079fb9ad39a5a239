import type { CatalogApi } from '@backstage/catalog-client';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReactElement } from 'react';
import { stratumApiRef, type StratumApi } from '../api';
import { createTemplateRouteRef, rootRouteRef } from '../routes';

export interface RenderOptions {
  readonly catalogApi?: Partial<CatalogApi>;
  /** Where the test app starts. @default / */
  readonly path?: string;
}

/** Renders `element` in a test app with the given StratumApi (and catalog API), the plugin's routes mounted. */
export function renderWithApis(element: ReactElement, api: StratumApi, options: RenderOptions = {}) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [stratumApiRef, api],
        [catalogApiRef, options.catalogApi ?? {}],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      routeEntries: [options.path ?? '/'],
      mountedRoutes: {
        '/stratum': rootRouteRef,
        '/create/templates/:namespace/:templateName': createTemplateRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
