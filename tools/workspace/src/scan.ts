import { join } from 'node:path';
import { ConfigError, type Layer } from '@stratum/config';
import {
  ORG_FILE,
  readOrgGroups,
  readServiceCatalog,
  SERVICE_CATALOG_FILE,
  type ServiceCatalogInfo,
} from './catalog';
import { readLayout, SERVICES_DIR, type ProjectFolder } from './project-folders';
import {
  groupName,
  MANIFEST_FILE,
  PROJECT_NAME,
  readManifest,
  STACK_ENTRY,
  type ProjectManifest,
} from './manifest';

/** A CDKTF project found in the workspace, before edges are known. */
export interface DiscoveredProject {
  readonly name: string;
  /** Folder relative to the workspace root. */
  readonly root: string;
  readonly layer: Layer;
  readonly owner: string;
  readonly service?: string;
  readonly description?: string;
  /** Stack entry file relative to the workspace root. */
  readonly entry: string;
  /** Extra synth inputs declared in stratum.yaml (workspace-relative globs). */
  readonly inputs?: readonly string[];
  /** The name this project had before a rename (`previousName` in stratum.yaml). */
  readonly previousName?: string;
}

/** A project found by the scan; `owner` is null for an orphan (its owner does not resolve). */
export type ScannedProject = Omit<DiscoveredProject, 'owner'> & { readonly owner: string | null };

/** A project whose owner does not resolve; it is in `projects` too, with owner null. */
export interface OrphanedProject {
  readonly name: string;
  readonly root: string;
  readonly layer: Layer;
  readonly service?: string;
  /** The owner its stratum.yaml names, when it names one that is not a group. */
  readonly declaredOwner: string | null;
  /** Why the owner does not resolve, and what to do. */
  readonly reason: string;
}

/** A folder under `services/` that has stacks or a catalog-info.yaml. */
export interface ScannedService {
  readonly name: string;
  /** Folder relative to the workspace root. */
  readonly root: string;
  /** Its catalog-info.yaml's Component, when the file can be read. */
  readonly catalog?: ServiceCatalogInfo;
  /** Owner group; null when catalog-info.yaml cannot be read or names no known group. */
  readonly owner: string | null;
}

/** One thing wrong with the workspace's metadata (a ConfigError's message, file and field). */
export interface WorkspaceProblem {
  /** What is wrong and what to do, starting with the file or folder at fault. */
  readonly message: string;
  /** The file at fault, relative to the workspace root. */
  readonly file: string;
  /** The field at fault (`owner`, `spec.owner`, `previousName`), when there is one. */
  readonly field?: string;
  /** Folders of the projects it concerns; empty when it concerns the whole workspace (an unreadable org file). */
  readonly projects: readonly string[];
  /** It is about an owner that does not resolve: the projects it names are in `orphans`, with the reason. */
  readonly ownership?: true;
}

export interface WorkspaceScan {
  /** Every project with a readable manifest and a stack entry, orphans included (owner null), sorted by name. */
  readonly projects: readonly ScannedProject[];
  /** Every service folder with stacks or a catalog-info.yaml, sorted by name. */
  readonly services: readonly ScannedService[];
  readonly orphans: readonly OrphanedProject[];
  /** Every problem, in the order of the walk (shared projects, services, names, renames). */
  readonly problems: readonly WorkspaceProblem[];
}

/**
 * Finds every project without giving up at a problem: `shared-infra/<name>/stratum.yaml` (name `<name>`, owner from
 * the manifest) and `services/<service>/<stack>/stratum.yaml` (name `<service>-<stack>`, owner from the service's
 * catalog-info.yaml, which the manifest may only repeat). A project whose owner does not resolve is kept as an
 * orphan; every problem is collected. `discoverProjects` throws on the problems; the portal shows them.
 * Throws only errors that are not about configuration.
 */
export function scanWorkspace(root: string): WorkspaceScan {
  const { shared, services: serviceFolders } = readLayout(root);
  const projects: ScannedProject[] = [];
  const orphans: OrphanedProject[] = [];
  const services: ScannedService[] = [];
  const problems: WorkspaceProblem[] = [];
  const problem = (
    message: string,
    file: string,
    projects: readonly string[],
    more: { field?: string; ownership?: true } = {},
  ) => problems.push({ message, file, projects, ...more });
  /** Runs `read`; a ConfigError becomes a problem of `projects`, anything else is thrown. */
  function attempt<T>(read: () => T, projects: readonly string[]): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problem(error.message, error.file, projects, error.path ? { field: error.path } : {});
      return undefined;
    }
  }

  const groups = attempt(() => readOrgGroups(root), []) ?? new Set<string>();
  const unknownGroup = (owner: string) => groups.size > 0 && !groups.has(owner);
  const notAGroup = (file: string, field: string, owner: string) =>
    `${file}: ${field} '${owner}' is not a Group in ${ORG_FILE}; add the group there or fix the name.`;

  /** The owner a service gives its stacks, or why it gives none. */
  interface ServiceOwner {
    readonly service: string;
    /** The owner its catalog-info.yaml names, when it can be read. */
    readonly named: string | null;
    /** That owner when it is a group, else null (its stacks are orphans). */
    readonly owner: string | null;
    readonly reason: string | null;
    /** Folders of its stacks that became orphans: the projects of its ownership problem, filled in by `add`. */
    readonly orphaned: string[];
  }

  function add(folder: ProjectFolder, from: ServiceOwner | null): void {
    const { dir, name } = folder;
    const file = `${dir}/${MANIFEST_FILE}`;
    if (!PROJECT_NAME.test(name)) {
      problem(
        `${dir}: project name '${name}' must be lowercase letters, digits and dashes; rename the folder.`,
        file,
        [dir],
      );
      return;
    }
    const manifest: ProjectManifest | undefined = attempt(() => readManifest(join(root, file), file), [dir]);
    if (!manifest) return;
    let owner: string | null;
    let declaredOwner: string | null = null;
    let reason: string | null = null;
    if (from === null) {
      owner = manifest.owner ? groupName(manifest.owner) : null;
      declaredOwner = owner;
      if (owner === null) {
        problem(
          `${file}: owner is missing; shared projects name their owner group, e.g. 'owner: platform-team'.`,
          file,
          [dir],
          { field: 'owner', ownership: true },
        );
        reason = `${file}: no owner; shared projects name their owner group, e.g. 'owner: platform-team'.`;
      } else if (unknownGroup(owner)) {
        reason = notAGroup(file, 'owner', owner);
        problem(reason, file, [dir], { field: 'owner', ownership: true });
      }
    } else {
      owner = from.owner;
      reason = from.reason;
      const named = from.named;
      if (named !== null && manifest.owner && groupName(manifest.owner) !== named)
        problem(
          `${file}: owner '${manifest.owner}' differs from the service owner '${named}' in ${SERVICES_DIR}/${from.service}/${SERVICE_CATALOG_FILE}; remove it here.`,
          file,
          [dir],
          { field: 'owner' },
        );
      if (named !== null && owner === null)
        problem(notAGroup(file, 'owner', named), file, [dir], { field: 'owner', ownership: true });
    }
    if (!folder.entry) {
      problem(
        `${dir}: ${STACK_ENTRY} is missing; it must default-export the project's StratumStack subclass.`,
        file,
        [dir],
      );
      return;
    }
    if (reason !== null) {
      orphans.push({
        name,
        root: dir,
        layer: manifest.layer,
        ...(from ? { service: from.service } : {}),
        declaredOwner,
        reason,
      });
      from?.orphaned.push(dir);
      owner = null;
    }
    projects.push({
      name,
      root: dir,
      layer: manifest.layer,
      owner,
      ...(from ? { service: from.service } : {}),
      ...(manifest.description ? { description: manifest.description } : {}),
      entry: `${dir}/${STACK_ENTRY}`,
      ...(manifest.inputs ? { inputs: manifest.inputs } : {}),
      ...(manifest.previousName ? { previousName: manifest.previousName } : {}),
    });
  }

  for (const folder of shared) {
    if (folder.manifest) add(folder, null);
    else problems.push(missingManifest(folder.dir));
  }

  for (const folder of serviceFolders) {
    const catalogFile = `${folder.dir}/${SERVICE_CATALOG_FILE}`;
    const hasStacks = folder.stacks.length > 0;
    // The stacks that end up orphans because of the service's owner: filled in while they are added.
    const orphaned: string[] = [];
    let catalog: ServiceCatalogInfo | undefined;
    let reason: string | null = null;
    try {
      catalog = readServiceCatalog(root, folder.name);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      reason = error.message;
      // A service without stacks is listed, but its catalog is not checked (nothing is deployed from it).
      if (hasStacks)
        problem(error.message, error.file, orphaned, {
          ...(error.path ? { field: error.path } : {}),
          ownership: true,
        });
    }
    const named = catalog?.owner ?? null;
    let owner = named;
    if (named !== null && unknownGroup(named)) {
      reason = notAGroup(catalogFile, 'spec.owner', named);
      if (hasStacks) problem(reason, catalogFile, orphaned, { field: 'spec.owner', ownership: true });
      owner = null;
    }
    services.push({ name: folder.name, root: folder.dir, ...(catalog ? { catalog } : {}), owner });
    const from: ServiceOwner = { service: folder.name, named, owner, reason, orphaned };
    for (const stack of folder.stacks) {
      if (stack.manifest) add(stack, from);
      else problems.push(missingManifest(stack.dir));
    }
  }

  const seen = new Map<string, string>();
  for (const project of projects) {
    const other = seen.get(project.name);
    if (other)
      problem(
        `Project name '${project.name}' is used by both ${other} and ${project.root}; rename one folder.`,
        `${project.root}/${MANIFEST_FILE}`,
        [other, project.root],
      );
    seen.set(project.name, project.root);
  }
  problems.push(...previousNameProblems(projects));
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return { projects: projects.sort(byName), services, orphans: orphans.sort(byName), problems };
}

/** `previousName` must name no current project and no other project's previous name. */
function previousNameProblems(projects: readonly ScannedProject[]): WorkspaceProblem[] {
  const problems: WorkspaceProblem[] = [];
  const byName = new Map(projects.map((p) => [p.name, p]));
  const claimed = new Map<string, string>();
  for (const project of projects) {
    const previous = project.previousName;
    if (!previous) continue;
    const file = `${project.root}/${MANIFEST_FILE}`;
    const at = { file, field: 'previousName', projects: [project.root] };
    const current = byName.get(previous);
    if (current)
      problems.push({
        ...at,
        message:
          current === project
            ? `${file}: previousName: got "${previous}", the project's own name; remove it or name the project's old name.`
            : `${file}: previousName: got "${previous}", which is still a project (${current.root}); a rename removes the old folder.`,
      });
    const other = claimed.get(previous);
    if (other)
      problems.push({
        ...at,
        message: `${file}: previousName: got "${previous}", also claimed by ${other}/${MANIFEST_FILE}; only one project can take over its state.`,
      });
    claimed.set(previous, project.root);
  }
  return problems;
}

function missingManifest(dir: string): WorkspaceProblem {
  return {
    message: `${dir}: has ${STACK_ENTRY} but no ${MANIFEST_FILE}; add one declaring its layer (and owner for shared projects).`,
    file: `${dir}/${STACK_ENTRY}`,
    projects: [dir],
  };
}
