import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@stratum/config';
import type { OrphanProject, PortalProject } from '@stratum/plugin-stratum-common';
import {
  groupName,
  MANIFEST_FILE,
  ORG_FILE,
  readManifest,
  readOrgGroups,
  readServiceCatalog,
  SERVICES_DIR,
  SHARED_DIR,
  STACK_ENTRY,
} from '@stratum/workspace';

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

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Finds the projects the way `@stratum/workspace`'s `discoverProjects` does (same files, names and owner rules), but
 * keeps going where it throws: a project whose owner does not resolve becomes an orphan with the reason, and any
 * other problem is collected, so the portal can show the workspace and say what is wrong with it.
 */
export function discoverTolerantly(root: string): Discovery {
  const projects: Omit<PortalProject, 'dependsOn'>[] = [];
  const orphans: OrphanProject[] = [];
  const services: ServiceInfo[] = [];
  const problems: string[] = [];
  let groups = new Set<string>();
  guard(problems, () => {
    groups = readOrgGroups(root);
  });
  const unknownGroup = (owner: string): boolean => groups.size > 0 && !groups.has(owner);

  function add(
    dir: string,
    name: string,
    service: string | null,
    owner: string | null,
    ownerProblem: string | null,
  ): void {
    const file = `${dir}/${MANIFEST_FILE}`;
    if (!NAME.test(name)) {
      problems.push(
        `${dir}: project name '${name}' must be lowercase letters, digits and dashes; rename the folder.`,
      );
      return;
    }
    if (!existsSync(join(root, dir, STACK_ENTRY))) {
      problems.push(
        `${dir}: ${STACK_ENTRY} is missing; it must default-export the project's StratumStack subclass.`,
      );
      return;
    }
    guard(problems, () => {
      const manifest = readManifest(join(root, file), file);
      let resolved = owner;
      let reason = ownerProblem;
      let declared: string | null = owner;
      if (service === null) {
        declared = manifest.owner ? groupName(manifest.owner) : null;
        resolved = declared;
        if (!declared)
          reason = `${file}: no owner; shared projects name their owner group, e.g. 'owner: platform-team'.`;
        else if (unknownGroup(declared))
          reason = `${file}: owner '${declared}' is not a Group in ${ORG_FILE}; add the group there or fix the name.`;
      }
      if (reason !== null) {
        orphans.push({ name, root: dir, layer: manifest.layer, service, declaredOwner: declared, reason });
        resolved = null;
      }
      projects.push({ name, root: dir, layer: manifest.layer, owner: resolved, service });
    });
  }

  for (const dir of subdirectories(join(root, SHARED_DIR))) {
    const rel = `${SHARED_DIR}/${dir}`;
    if (existsSync(join(root, rel, MANIFEST_FILE))) add(rel, dir, null, null, null);
    else if (existsSync(join(root, rel, STACK_ENTRY))) problems.push(missingManifest(rel));
  }

  for (const service of subdirectories(join(root, SERVICES_DIR))) {
    const serviceDir = `${SERVICES_DIR}/${service}`;
    const stacks = subdirectories(join(root, serviceDir)).filter(
      (d) =>
        existsSync(join(root, serviceDir, d, MANIFEST_FILE)) ||
        existsSync(join(root, serviceDir, d, STACK_ENTRY)),
    );
    let info: ServiceInfo = {
      name: service,
      component: service,
      owner: null,
      system: null,
      root: serviceDir,
    };
    let ownerProblem: string | null = null;
    try {
      const catalog = readServiceCatalog(root, service);
      info = { ...info, component: catalog.name, system: catalog.system ?? null, owner: catalog.owner };
      if (unknownGroup(catalog.owner)) {
        ownerProblem = `${serviceDir}/catalog-info.yaml: spec.owner '${catalog.owner}' is not a Group in ${ORG_FILE}; add the group there or fix the name.`;
        info = { ...info, owner: null };
      }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      ownerProblem = error.message;
    }
    if (
      stacks.length === 0 &&
      ownerProblem !== null &&
      !existsSync(join(root, serviceDir, 'catalog-info.yaml'))
    )
      continue;
    services.push(info);
    for (const stack of stacks) {
      const rel = `${serviceDir}/${stack}`;
      if (!existsSync(join(root, rel, MANIFEST_FILE))) {
        problems.push(missingManifest(rel));
        continue;
      }
      add(rel, `${service}-${stack}`, service, info.owner, ownerProblem);
    }
  }

  const seen = new Map<string, string>();
  for (const project of projects) {
    const other = seen.get(project.name);
    if (other)
      problems.push(
        `Project name '${project.name}' is used by both ${other} and ${project.root}; rename one folder.`,
      );
    seen.set(project.name, project.root);
  }
  projects.sort((a, b) => a.name.localeCompare(b.name));
  orphans.sort((a, b) => a.name.localeCompare(b.name));
  return { projects, orphans, services, problems };
}

function guard(problems: string[], work: () => void): void {
  try {
    work();
  } catch (error) {
    if (error instanceof ConfigError) problems.push(error.message);
    else throw error;
  }
}

function missingManifest(dir: string): string {
  return `${dir}: has ${STACK_ENTRY} but no ${MANIFEST_FILE}; add one declaring its layer (and owner for shared projects).`;
}

function subdirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => entry.name)
    .sort();
}
