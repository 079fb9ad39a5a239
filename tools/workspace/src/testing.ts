import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findWorkspaceRoot } from '@stratum/config';
import { linkNodeModules } from './checkout';

/** A minimal workspace skeleton: nx.json, a tsconfig with the @shared/@services paths, an org with groups. */
export const BASE_FILES: Readonly<Record<string, string>> = {
  'nx.json': '{}\n',
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      baseUrl: '.',
      paths: { '@shared/*': ['shared-infra/*/src/index.ts'], '@services/*': ['services/*/src/index.ts'] },
    },
  }),
  'services/org.yaml': ['platform-team', 'payments-team', 'orders-team']
    .map(
      (name) =>
        `apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: ${name}\nspec:\n  type: team\n  children: []\n`,
    )
    .join('---\n'),
};

/** Shorthand for a shared project: manifest + stack entry (+ optional accessor source). */
export function sharedProject(
  name: string,
  layer: string,
  stack = 'export default class {}\n',
  index?: string,
): Record<string, string> {
  return {
    [`shared-infra/${name}/stratum.yaml`]: `layer: ${layer}\nowner: platform-team\n`,
    [`shared-infra/${name}/src/stack.ts`]: stack,
    ...(index !== undefined ? { [`shared-infra/${name}/src/index.ts`]: index } : {}),
  };
}

/** Shorthand for a service with a catalog-info.yaml and stacks `{ folder: [layer, stackSource] }`. */
export function service(
  name: string,
  owner: string,
  stacks: Record<string, [string, string?]>,
): Record<string, string> {
  const files: Record<string, string> = {
    [`services/${name}/catalog-info.yaml`]: `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: experimental\n  owner: ${owner}\n`,
  };
  for (const [folder, [layer, source]] of Object.entries(stacks)) {
    files[`services/${name}/${folder}/stratum.yaml`] = `layer: ${layer}\n`;
    files[`services/${name}/${folder}/src/stack.ts`] = source ?? 'export default class {}\n';
  }
  return files;
}

/** Writes a temporary workspace (under `parent`, default the OS temp dir) and returns its root. */
export function makeWorkspace(files: Record<string, string>, parent: string = tmpdir()): string {
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(join(parent, 'stratum-ws-'));
  for (const [path, content] of Object.entries({ ...BASE_FILES, ...files })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Runs git in `root` and returns its trimmed stdout; throws with git's stderr. */
export function gitIn(root: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Stages everything and commits; returns the new sha. */
export function commitAll(root: string, message: string): string {
  gitIn(root, 'add', '-A');
  gitIn(
    root,
    '-c',
    'user.email=t@example.com',
    '-c',
    'user.name=t',
    'commit',
    '-q',
    '--allow-empty',
    '-m',
    message,
  );
  return gitIn(root, 'rev-parse', 'HEAD');
}

/** A temporary workspace (see makeWorkspace) as a git repository with one commit on `main`. */
export function makeRepo(files: Record<string, string>): { root: string; base: string } {
  const root = makeWorkspace({ '.gitignore': 'node_modules/\ncdktf.out/\n', ...files });
  gitIn(root, 'init', '-q', '-b', 'main');
  return { root, base: commitAll(root, 'base') };
}

/** What a copy of this repository needs to synthesize its stacks for real. */
const REAL_PATHS = [
  '.gitignore',
  'nx.json',
  'package.json',
  'tsconfig.json',
  'environments',
  'shared-infra',
  'services',
  'tools/config',
  'tools/constructs',
  'tools/graph',
  'tools/nx-plugin',
  'tools/slo',
  'tools/synth',
  'tools/workspace',
  'plugins/stratum-common',
];

/**
 * Copies this workspace's real stacks, libraries and environments (the tracked files of REAL_PATHS as they are
 * in the working tree, tests excluded, `keep` filtering them) into `dir` and links node_modules, so its
 * projects synthesize with real code.
 */
export function copyRealWorkspace(dir: string, keep: (path: string) => boolean = () => true): void {
  const source = findWorkspaceRoot(__dirname, {});
  const tracked = gitIn(source, 'ls-files', '-z', '--', ...REAL_PATHS)
    .split('\0')
    .filter(Boolean);
  for (const path of tracked) {
    if (/\.test\.tsx?$/.test(path) || !keep(path) || !existsSync(join(source, path))) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    copyFileSync(join(source, path), join(dir, path));
  }
  linkNodeModules(source, dir);
}

/** A git repository (in a new temp folder) holding copyRealWorkspace, committed once. */
export function makeRealRepo(keep?: (path: string) => boolean): { root: string; base: string } {
  const root = mkdtempSync(join(tmpdir(), 'stratum-real-'));
  copyRealWorkspace(root, keep);
  gitIn(root, 'init', '-q', '-b', 'main');
  return { root, base: commitAll(root, 'base') };
}
