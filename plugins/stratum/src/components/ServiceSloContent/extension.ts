import { createComponentExtension } from '@backstage/core-plugin-api';
import { stratumPlugin } from '../../plugin';
import { EntityServiceSloContent as Content } from './ServiceSloContent';

/**
 * Entity tab for a Component: the live error budgets of its service's SLOs with a burn-down marked with deploys.
 * Mount it in the Component page, e.g. `<EntityLayout.Route path="/slos" title="SLOs"><EntityServiceSloContent /></EntityLayout.Route>`.
 */
export const EntityServiceSloContent = stratumPlugin.provide(
  createComponentExtension({
    name: 'EntityServiceSloContent',
    component: { lazy: () => Promise.resolve(Content) },
  }),
);
