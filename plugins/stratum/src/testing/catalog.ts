import type { Entity } from '@backstage/catalog-model';
import type { CatalogApi } from '@backstage/catalog-client';

function matches(entity: Entity, filter: Record<string, string>): boolean {
  return Object.entries(filter).every(([key, value]) => {
    if (key === 'kind') return entity.kind.toLowerCase() === value.toLowerCase();
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], entity);
    return Array.isArray(found) ? found.includes(value) : found === value;
  });
}

/** A catalog API that answers `getEntities` from a fixed list, honouring a single filter object. */
export function catalogWith(entities: Entity[]): Partial<CatalogApi> {
  return {
    getEntities: (async (request?: { filter?: Record<string, string> }) => ({
      items: entities.filter((e) => !request?.filter || matches(e, request.filter)),
    })) as CatalogApi['getEntities'],
  };
}

export function resource(
  name: string,
  layer: string,
  owner: string,
  extra: Partial<Entity['spec']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name, annotations: { 'stratum.dev/layer': layer, 'stratum.dev/project': name } },
    spec: { type: 'terraform-stack', owner: `group:default/${owner}`, ...extra },
  };
}

export function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name },
    spec: { type: 'service', lifecycle: 'production', owner: `group:default/${owner}` },
  };
}

export function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [] },
  };
}
