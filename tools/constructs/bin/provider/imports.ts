import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The package every provider class is imported from, by submodule: `@cdktn/provider-aws/lib/<submodule>`. */
export const PROVIDER_PACKAGE = '@cdktn/provider-aws';

/** Folders that hold code or templates which may import provider submodules. */
const SOURCE_ROOTS = ['tools', 'shared-infra', 'services', 'templates', 'bench', 'plugins'];
const SKIP_DIRS = new Set(['node_modules', 'cdktf.out', 'dist', '.nx', '.stratum', '.terraform']);
/** The committed bindings themselves (relative to the workspace root). */
export const BINDINGS_DIR = 'tools/constructs/generated/provider-aws';
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|tpl)$/;
const SUBMODULE_IMPORT = /@cdktn\/provider-aws\/lib\/([a-z0-9-]+)/g;

/** One provider submodule and the files that import it (relative to the workspace root, sorted). */
export interface SubmoduleUse {
  readonly submodule: string;
  readonly files: readonly string[];
}

/**
 * Every provider submodule the workspace imports, found by reading source and template files under
 * SOURCE_ROOTS (fixture projects written from strings count too), sorted by name.
 */
export function findProviderImports(root: string): SubmoduleUse[] {
  const uses = new Map<string, Set<string>>();
  for (const top of SOURCE_ROOTS) {
    for (const file of sourceFiles(root, join(root, top))) {
      for (const match of readFileSync(file, 'utf8').matchAll(SUBMODULE_IMPORT)) {
        const submodule = match[1]!;
        const files = uses.get(submodule) ?? new Set<string>();
        files.add(relative(root, file));
        uses.set(submodule, files);
      }
    }
  }
  return [...uses.keys()].sort().map((submodule) => ({
    submodule,
    files: [...uses.get(submodule)!].sort(),
  }));
}

function* sourceFiles(root: string, dir: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && relative(root, full) !== BINDINGS_DIR) yield* sourceFiles(root, full);
    } else if (SOURCE_FILE.test(entry.name)) {
      yield full;
    }
  }
}

const SIBLING_IMPORT = /from '\.\.\/([a-z0-9-]+)\/index'/g;

/**
 * Adds the submodules that the given ones import from each other (the provider class imports
 * `provider-functions`, for example); `read` returns a submodule's generated TypeScript. Sorted.
 */
export function withSiblings(submodules: readonly string[], read: (submodule: string) => string): string[] {
  const all = new Set<string>();
  const queue = [...submodules];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (all.has(next)) continue;
    all.add(next);
    for (const match of read(next).matchAll(SIBLING_IMPORT)) queue.push(match[1]!);
  }
  return [...all].sort();
}
