import type { ServiceAdoption } from '@stratum/plugin-stratum-common';

/** The scaffolder route of one template, as `useRouteRef(createTemplateRouteRef)` gives it. */
export type TemplateRoute = (params: { namespace: string; templateName: string }) => string;

/** `template:default/phase-2-app-infrastructure` → namespace and name; the namespace defaults to `default`. */
export function parseTemplateRef(ref: string, name: string): { namespace: string; templateName: string } {
  const match = /^(?:template:)?(?:([^/]+)\/)?(.+)$/.exec(ref);
  return { namespace: match?.[1] ?? 'default', templateName: match?.[2] ?? name };
}

/**
 * The link that opens the template of the service's next phase with the service prefilled
 * (`?formData={"service":"component:default/<component>"}`); undefined at phase 4 or when the app binds no
 * scaffolder route.
 */
export function nextPhaseLink(
  service: ServiceAdoption,
  route: TemplateRoute | undefined,
): string | undefined {
  if (!service.nextTemplate || !route) return undefined;
  const target = parseTemplateRef(service.nextTemplate.ref, service.nextTemplate.name);
  const formData = { service: `component:default/${service.component}` };
  return `${route(target)}?formData=${encodeURIComponent(JSON.stringify(formData))}`;
}
