import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, type Layer } from '@stratum/config';
import { ORG_FILE, readOrgGroups, readServiceCatalog } from './catalog';
import { groupName, MANIFEST_FILE, PROJECT_NAME, readManifest, STACK_ENTRY } from './manifest';

export const SHARED_DIR = 'shared-infra';
export const SERVICES_DIR = 'services';

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

/**
 * Finds every project: `shared-infra/<name>/stratum.yaml` (name `<name>`) and
 * `services/<service>/<stack>/stratum.yaml` (name `<service>-<stack>`, owner from the service's catalog-info.yaml).
 * All problems are collected and thrown together as one ConfigError.
 */
export function discoverProjects(root: string): DiscoveredProject[] {
  const problems: string[] = [];
  const projects: DiscoveredProject[] = [];
  const groups = readOrgGroups(root);

  function collect(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      if (error instanceof ConfigError) problems.push(error.message);
      else throw error;
    }
  }

  function addProject(
    dir: string,
    name: string,
    service: string | undefined,
    serviceOwner: string | undefined,
  ): void {
    const file = `${dir}/${MANIFEST_FILE}`;
    if (!PROJECT_NAME.test(name)) {
      problems.push(
        `${dir}: project name '${name}' must be lowercase letters, digits and dashes; rename the folder.`,
      );
      return;
    }
    const manifest = readManifest(join(root, file), file);
    let owner = manifest.owner ? groupName(manifest.owner) : serviceOwner;
    if (service && manifest.owner && serviceOwner && groupName(manifest.owner) !== serviceOwner) {
      problems.push(
        `${file}: owner '${manifest.owner}' differs from the service owner '${serviceOwner}' in services/${service}/catalog-info.yaml; remove it here.`,
      );
      owner = serviceOwner;
    }
    if (!owner) {
      problems.push(
        `${file}: owner is missing; shared projects name their owner group, e.g. 'owner: platform-team'.`,
      );
      return;
    }
    if (groups.size > 0 && !groups.has(owner)) {
      problems.push(
        `${file}: owner '${owner}' is not a Group in ${ORG_FILE}; add the group there or fix the name.`,
      );
    }
    const entry = `${dir}/${STACK_ENTRY}`;
    if (!existsSync(join(root, entry))) {
      problems.push(
        `${dir}: ${STACK_ENTRY} is missing; it must default-export the project's StratumStack subclass.`,
      );
      return;
    }
    projects.push({
      name,
      root: dir,
      layer: manifest.layer,
      owner,
      ...(service ? { service } : {}),
      ...(manifest.description ? { description: manifest.description } : {}),
      entry,
      ...(manifest.inputs ? { inputs: manifest.inputs } : {}),
      ...(manifest.previousName ? { previousName: manifest.previousName } : {}),
    });
  }

  for (const dir of subdirectories(join(root, SHARED_DIR))) {
    const rel = `${SHARED_DIR}/${dir}`;
    if (existsSync(join(root, rel, MANIFEST_FILE))) collect(() => addProject(rel, dir, undefined, undefined));
    else if (existsSync(join(root, rel, STACK_ENTRY))) problems.push(missingManifest(rel));
  }

  for (const service of subdirectories(join(root, SERVICES_DIR))) {
    const serviceDir = `${SERVICES_DIR}/${service}`;
    const stacks = subdirectories(join(root, serviceDir)).filter(
      (d) =>
        existsSync(join(root, serviceDir, d, MANIFEST_FILE)) ||
        existsSync(join(root, serviceDir, d, STACK_ENTRY)),
    );
    if (stacks.length === 0) continue;
    let owner: string | undefined;
    collect(() => {
      owner = readServiceCatalog(root, service).owner;
      if (groups.size > 0 && !groups.has(owner)) {
        problems.push(
          `${serviceDir}/catalog-info.yaml: spec.owner '${owner}' is not a Group in ${ORG_FILE}; add the group there or fix the name.`,
        );
      }
    });
    if (!owner) continue;
    for (const stack of stacks) {
      const rel = `${serviceDir}/${stack}`;
      if (!existsSync(join(root, rel, MANIFEST_FILE))) {
        problems.push(missingManifest(rel));
        continue;
      }
      collect(() => addProject(rel, `${service}-${stack}`, service, owner));
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
  problems.push(...previousNameProblems(projects));
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), firstFile(problems));
  return projects.sort((a, b) => a.name.localeCompare(b.name));
}

/** `previousName` must name no current project and no other project's previous name. */
function previousNameProblems(projects: readonly DiscoveredProject[]): string[] {
  const problems: string[] = [];
  const byName = new Map(projects.map((p) => [p.name, p]));
  const claimed = new Map<string, string>();
  for (const project of projects) {
    const previous = project.previousName;
    if (!previous) continue;
    const file = `${project.root}/${MANIFEST_FILE}`;
    const current = byName.get(previous);
    if (current)
      problems.push(
        current === project
          ? `${file}: previousName: got "${previous}", the project's own name; remove it or name the project's old name.`
          : `${file}: previousName: got "${previous}", which is still a project (${current.root}); a rename removes the old folder.`,
      );
    const other = claimed.get(previous);
    if (other)
      problems.push(
        `${file}: previousName: got "${previous}", also claimed by ${other}/${MANIFEST_FILE}; only one project can take over its state.`,
      );
    claimed.set(previous, project.root);
  }
  return problems;
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

/** The file named at the start of the first problem, for ConfigError.file. */
function firstFile(problems: readonly string[]): string {
  return problems[0]?.split(':')[0] ?? '';
}
