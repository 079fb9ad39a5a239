import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** One import of a file under tools/ that resolves into plugins/. */
export interface PluginImport {
  /** The importing file, relative to the workspace root. */
  readonly file: string;
  readonly specifier: string;
  /** Where the specifier resolves, relative to the workspace root. */
  readonly target: string;
}

/**
 * Packages under tools/ that exist to compose the Backstage plugins and so import them by design: the portal app
 * itself and its end-to-end test.
 */
export const PLUGIN_HOSTS = ['tools/portal', 'tools/portal-e2e'] as const;

const SKIP_DIRS = new Set(['node_modules', 'cdktf.out', 'dist', 'generated', '.terraform', '.stratum']);
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function tsFiles(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) tsFiles(join(dir, entry.name), out);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

/** The directory a specifier lands in: a relative path as written, a package as its (symlinked) folder. */
function resolveSpecifier(root: string, file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return resolve(dirname(file), specifier);
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  const folder = join(root, 'node_modules', name);
  if (!existsSync(folder)) return null;
  return join(realpathSync(folder), ...parts.slice(specifier.startsWith('@') ? 2 : 1));
}

/** Every import of a `.ts` file under `<root>/tools` (but the plugin hosts) that resolves into `<root>/plugins`. */
export function pluginImportsFromTools(root: string): PluginImport[] {
  const plugins = join(realpathSync(root), 'plugins') + sep;
  const hosts = PLUGIN_HOSTS.map((host) => join(root, host) + sep);
  const found: PluginImport[] = [];
  for (const file of tsFiles(join(root, 'tools'), [])) {
    if (hosts.some((host) => file.startsWith(host))) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const specifier = match[1]!;
      const target = resolveSpecifier(root, file, specifier);
      if (target !== null && (target + sep).startsWith(plugins)) {
        found.push({ file: relative(root, file), specifier, target: relative(realpathSync(root), target) });
      }
    }
  }
  return found;
}
