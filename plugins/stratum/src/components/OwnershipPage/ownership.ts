import type { Entity } from '@backstage/catalog-model';
import { ANNOTATION_LAYER, ANNOTATION_ORPHAN, UNOWNED } from '@stratum/plugin-stratum-common';
import { compareLayers, groupNameOf } from '../shared';

/** A Stratum project's Resource as the Ownership page shows it. */
export interface StackView {
  readonly name: string;
  readonly layer: string;
  /** Why the stack has no resolvable owner; null when it has one. */
  readonly orphanReason: string | null;
}

export interface ServiceView {
  readonly component: string;
  readonly stacks: readonly StackView[];
}

export interface GroupView {
  readonly group: string;
  readonly services: readonly ServiceView[];
  /** Stacks the group owns directly (shared infrastructure). */
  readonly shared: readonly StackView[];
}

export interface OwnershipView {
  readonly groups: readonly GroupView[];
  /** Stacks whose owner does not resolve to a Group of the catalog. */
  readonly unowned: readonly StackView[];
}

const ownerOf = (entity: Entity): string | null =>
  typeof entity.spec?.owner === 'string' ? groupNameOf(entity.spec.owner) : null;

function stackOf(resource: Entity, groups: ReadonlySet<string>): StackView {
  const owner = ownerOf(resource);
  const annotated = resource.metadata.annotations?.[ANNOTATION_ORPHAN] ?? null;
  let orphanReason = annotated;
  if (orphanReason === null && (owner === null || owner === UNOWNED)) orphanReason = 'names no owner';
  else if (orphanReason === null && !groups.has(owner!))
    orphanReason = `owner ${owner} is not a Group of the catalog`;
  return {
    name: resource.metadata.name,
    layer: resource.metadata.annotations?.[ANNOTATION_LAYER] ?? 'unknown',
    orphanReason,
  };
}

const byLayer = (a: StackView, b: StackView) =>
  compareLayers(a.layer, b.layer) || a.name.localeCompare(b.name);

/** The component a service's stack belongs to, from its `dependencyOf` (`component:default/<name>`). */
function componentOf(resource: Entity): string | null {
  const refs = resource.spec?.dependencyOf;
  const list = Array.isArray(refs) ? refs : [];
  const ref = list.find((r): r is string => typeof r === 'string' && r.startsWith('component:'));
  return ref ? ref.replace(/^component:(?:[^/]+\/)?/, '') : null;
}

/**
 * Groups → their services (Components they own) → each service's stacks by layer, plus the stacks a group owns
 * directly; every stack whose owner does not resolve is listed under `unowned` (and still under its service).
 */
export function ownershipView(groups: Entity[], components: Entity[], resources: Entity[]): OwnershipView {
  const groupNames = new Set(groups.map((g) => g.metadata.name));
  const stacks = resources.map((r) => ({
    entity: r,
    view: stackOf(r, groupNames),
    component: componentOf(r),
  }));
  const view = [...groupNames].sort().map((group): GroupView => {
    const services = components
      .filter((c) => ownerOf(c) === group)
      .map((c) => ({
        component: c.metadata.name,
        stacks: stacks
          .filter((s) => s.component === c.metadata.name)
          .map((s) => s.view)
          .sort(byLayer),
      }))
      .sort((a, b) => a.component.localeCompare(b.component));
    const shared = stacks
      .filter((s) => s.component === null && ownerOf(s.entity) === group)
      .map((s) => s.view)
      .sort(byLayer);
    return { group, services, shared };
  });
  return {
    groups: view,
    unowned: stacks
      .map((s) => s.view)
      .filter((s) => s.orphanReason !== null)
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
