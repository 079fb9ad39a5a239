import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, readOrgGroups, readServiceCatalog } from '@stratum/workspace';
import { formatRecord, recordPath, type ScaffoldRecord } from './record';
import { renderFiles, type RenderValues } from './render';
import { safeTarget } from './target';
import {
  loadTemplate,
  PHASE_TEMPLATES,
  type LoadedTemplate,
  type Phase,
  type TemplateSource,
} from './template';
import { assertName, assertText, ownerGroup, ScaffoldInputError, serviceName } from './names';

/** What phase 2 can add; the construct library has no cache construct yet, so there is no `cache`. */
export const INFRASTRUCTURE_KINDS = { database: 'data', queue: 'queue' } as const;
export type InfrastructureKind = keyof typeof INFRASTRUCTURE_KINDS;

/** A request to apply one adoption template to a service, as the actions and the CLI pass it. */
export interface ScaffoldRequest {
  readonly phase: Phase;
  /** Service name or component reference (`component:default/billing`). */
  readonly service: string;
  /** Phase 1: the owner group reference. */
  readonly owner?: string;
  /** Phase 1: one line about the service. */
  readonly description?: string;
  /** Phase 2: what to add. */
  readonly kind?: string;
}

/** The files a template renders for a request, relative to the workspace root, and its record. */
export interface ScaffoldPlan {
  readonly service: string;
  readonly template: LoadedTemplate;
  readonly record: ScaffoldRecord;
  /** Generated files (service-relative paths rendered) plus the record, relative to the workspace root. */
  readonly files: ReadonlyMap<string, string>;
  /** New project folders (relative to the workspace root). */
  readonly projects: readonly string[];
}

function words(name: string): string[] {
  return name.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

/** Layers of the service's projects, by folder. */
function serviceLayers(root: string, service: string): Map<string, string> {
  const dir = join(root, 'services', service);
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const manifest = `services/${service}/${entry.name}/stratum.yaml`;
    if (entry.isDirectory() && existsSync(join(root, manifest)))
      out.set(entry.name, readManifest(join(root, manifest), manifest).layer);
  }
  return out;
}

/** The next free ALB listener rule priority: 100 above the highest one any service stack uses. */
function nextListenerPriority(root: string): number {
  let highest = 0;
  const services = join(root, 'services');
  for (const entry of existsSync(services) ? readdirSync(services, { withFileTypes: true }) : []) {
    if (!entry.isDirectory()) continue;
    for (const stack of readdirSync(join(services, entry.name), { withFileTypes: true })) {
      const file = join(services, entry.name, stack.name, 'src', 'stack.ts');
      if (!stack.isDirectory() || !existsSync(file)) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/listenerRulePriority:\s*(\d+)/g))
        highest = Math.max(highest, Number(m[1]));
    }
  }
  return highest + 100;
}

const PREDECESSOR: Record<Exclude<Phase, 1>, { layer: string; what: string }> = {
  2: { layer: 'application', what: 'an application stack (phase 1, phase-1-service)' },
  3: { layer: 'data', what: 'a data stack (phase 2, phase-2-app-infrastructure)' },
  4: { layer: 'monitoring', what: 'a monitoring stack (phase 3, phase-3-shared-services)' },
};

/** Checks the request against the workspace and returns the values and variant of the template. */
function resolveRequest(
  root: string,
  request: ScaffoldRequest,
): { service: string; values: Record<string, string>; variant?: string } {
  const phase = request.phase;
  if (phase === 1) {
    const service = assertName('name', request.service);
    const owner = ownerGroup('owner', request.owner);
    const description = assertText('description', request.description ?? `The ${service} service.`);
    safeTarget(root, `services/${service}`);
    if (existsSync(join(root, 'services', service)))
      throw new ScaffoldInputError(
        `name: services/${service} already exists; pick another name (the scaffolder never overwrites).`,
      );
    const groups = readOrgGroups(root);
    if (!groups.has(owner))
      throw new ScaffoldInputError(
        `owner: group '${owner}' is not in the catalog (services/org.yaml); pick one of ${[...groups].sort().join(', ') || 'none'}.`,
      );
    return {
      service,
      values: { name: service, owner, description, priority: String(nextListenerPriority(root)) },
    };
  }
  const service = serviceName('service', request.service);
  safeTarget(root, `services/${service}`);
  if (!existsSync(join(root, 'services', service, 'catalog-info.yaml')))
    throw new ScaffoldInputError(
      `service: services/${service}/catalog-info.yaml does not exist; create the service with phase-1-service first.`,
    );
  const owner = readServiceCatalog(root, service).owner;
  const layers = serviceLayers(root, service);
  const needed = PREDECESSOR[phase];
  if (![...layers.values()].includes(needed.layer))
    throw new ScaffoldInputError(
      `service: ${service} has no ${needed.what}; phase ${phase} comes after it. Run the ${PHASE_TEMPLATES[(phase - 1) as Phase]} template first.`,
    );
  const values = { name: service, owner, description: '', priority: '' };
  if (phase === 2) {
    const kind = request.kind ?? '';
    if (!(kind in INFRASTRUCTURE_KINDS))
      throw new ScaffoldInputError(
        `kind: ${JSON.stringify(kind)} is not offered; choose one of ${Object.keys(INFRASTRUCTURE_KINDS).join(', ')}.`,
      );
    return { service, values, variant: kind };
  }
  if (phase === 3 && !existsSync(join(root, 'services', service, 'slo.yaml')))
    throw new ScaffoldInputError(
      `service: services/${service}/slo.yaml is missing; write the service's OpenSLO file first (see services/payments/slo.yaml).`,
    );
  if (phase === 4) return { service, values, variant: layers.get('data') === 'data' ? 'database' : 'base' };
  return { service, values };
}

/**
 * Plans applying an adoption template: checks the request (names, owner in the catalog, the previous phase present,
 * nothing existing) and renders the skeleton from `source` into workspace paths. Writes nothing.
 */
export function planScaffold(
  root: string,
  source: TemplateSource,
  commit: string,
  request: ScaffoldRequest,
): ScaffoldPlan {
  const { service, values, variant } = resolveRequest(root, request);
  const template = loadTemplate(source, PHASE_TEMPLATES[request.phase], variant);
  const allValues: RenderValues = {
    ...values,
    Name: words(service).join(''),
    camel: words(service)
      .join('')
      .replace(/^./, (c) => c.toLowerCase()),
    title: words(service).join(' '),
    template: `${template.name}@${template.version}`,
  };
  const rendered = renderFiles(template.files, allValues);
  const files = new Map<string, string>();
  const projects = new Set<string>();
  for (const [path, text] of rendered) {
    const top = path.split('/')[0]!;
    if (path.endsWith('/stratum.yaml'))
      projects.add(`services/${service}/${path.slice(0, -'/stratum.yaml'.length)}`);
    if (request.phase !== 1 && path.includes('/') && existsSync(join(root, 'services', service, top)))
      throw new ScaffoldInputError(
        `services/${service}/${top} already exists; the ${template.name} template was applied before (never overwritten).`,
      );
    files.set(`services/${service}/${path}`, text);
  }
  const record: ScaffoldRecord = {
    template: template.name,
    version: template.version,
    commit,
    ...(variant ? { variant } : {}),
    values: allValues,
    files: [...rendered.keys()],
  };
  files.set(recordPath(service, template.name, variant), formatRecord(record));
  return { service, template, record, files, projects: [...projects].sort() };
}
