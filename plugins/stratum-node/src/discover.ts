import type { OrphanProject, PortalProject } from '@stratum/plugin-stratum-common';
import { scanWorkspace } from '@stratum/workspace';

/** A service folder under `services/`, as its catalog-info.yaml describes it. */
export interface ServiceInfo {
  /** The folder name. */
  readonly name: string;
  /** The Component's `metadata.name`; the folder name when the file cannot be read. */
  readonly component: string;
  /** Owner group; null when catalog-info.yaml is missing or names no known group. */
  readonly owner: string | null;
  readonly system: string | null;
  /** Folder relative to the workspace root. */
  readonly root: string;
}

export interface Discovery {
  /** Every project with a readable manifest, orphans included (owner null), sorted by name; edges not yet known. */
  readonly projects: Omit<PortalProject, 'dependsOn'>[];
  readonly orphans: OrphanProject[];
  readonly services: ServiceInfo[];
  readonly problems: string[];
}

/**
 * `@stratum/workspace`'s `scanWorkspace` in the portal's types: the same files, names and owner rules as
 * `discoverProjects`, but a project whose owner does not resolve is an orphan with the reason (its ownership problem
 * is not repeated among the problems), and every other problem is listed, so the portal can show the workspace and
 * say what is wrong with it.
 */
export function discoverTolerantly(root: string): Discovery {
  const scan = scanWorkspace(root);
  const orphaned = new Set(scan.orphans.map((o) => o.root));
  return {
    projects: scan.projects.map((p) => ({
      name: p.name,
      root: p.root,
      layer: p.layer,
      owner: p.owner,
      service: p.service ?? null,
    })),
    orphans: scan.orphans.map((o) => ({
      name: o.name,
      root: o.root,
      layer: o.layer,
      service: o.service ?? null,
      declaredOwner: o.declaredOwner,
      reason: o.reason,
    })),
    services: scan.services.map((s) => ({
      name: s.name,
      component: s.catalog?.name ?? s.name,
      owner: s.owner,
      system: s.catalog?.system ?? null,
      root: s.root,
    })),
    problems: scan.problems
      .filter((p) => !(p.ownership && p.projects.every((root) => orphaned.has(root))))
      .map((p) => p.message),
  };
}
