import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORG_FILE, SERVICE_CATALOG_FILE } from './catalog';
import { MANIFEST_FILE, STACK_ENTRY } from './manifest';

export const SHARED_DIR = 'shared-infra';
export const SERVICES_DIR = 'services';

/** A project folder: it has a stratum.yaml, a stack entry, or both. */
export interface ProjectFolder {
  readonly dir: string;
  readonly name: string;
  readonly manifest: boolean;
  readonly entry: boolean;
}

export interface ServiceFolder {
  readonly name: string;
  readonly dir: string;
  readonly catalog: boolean;
  readonly stacks: readonly ProjectFolder[];
}

/** The one walk of the workspace: project folders under shared-infra/ and services/<service>/. */
export function readLayout(root: string): { shared: ProjectFolder[]; services: ServiceFolder[] } {
  const folder = (dir: string, name: string): ProjectFolder => ({
    dir,
    name,
    manifest: existsSync(join(root, dir, MANIFEST_FILE)),
    entry: existsSync(join(root, dir, STACK_ENTRY)),
  });
  const projectFolders = (parent: string, name: (sub: string) => string) =>
    subdirectories(join(root, parent))
      .map((sub) => folder(`${parent}/${sub}`, name(sub)))
      .filter((f) => f.manifest || f.entry);
  const shared = projectFolders(SHARED_DIR, (sub) => sub);
  const services = subdirectories(join(root, SERVICES_DIR))
    .map((name): ServiceFolder => {
      const dir = `${SERVICES_DIR}/${name}`;
      return {
        name,
        dir,
        catalog: existsSync(join(root, dir, SERVICE_CATALOG_FILE)),
        stacks: projectFolders(dir, (sub) => `${name}-${sub}`),
      };
    })
    .filter((s) => s.stacks.length > 0 || s.catalog);
  return { shared, services };
}

/**
 * What discovery reads, one string a file in a stable order: the org file, every stratum.yaml and
 * catalog-info.yaml with its content, and every stack entry's path (its content does not matter). Hash them for a
 * cache key of `scanWorkspace`.
 */
export function discoveryInputs(root: string): string[] {
  const { shared, services } = readLayout(root);
  const withContent = (file: string) => `${file}\n${readFileSync(join(root, file), 'utf8')}`;
  const project = (f: ProjectFolder) => [
    ...(f.manifest ? [withContent(`${f.dir}/${MANIFEST_FILE}`)] : []),
    ...(f.entry ? [`${f.dir}/${STACK_ENTRY}`] : []),
  ];
  return [
    ...(existsSync(join(root, ORG_FILE)) ? [withContent(ORG_FILE)] : []),
    ...shared.flatMap(project),
    ...services.flatMap((s) => [
      ...(s.catalog ? [withContent(`${s.dir}/${SERVICE_CATALOG_FILE}`)] : []),
      ...s.stacks.flatMap(project),
    ]),
  ];
}

function subdirectories(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => entry.name)
    .sort();
}
