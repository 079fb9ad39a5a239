import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** A folder that owns source files: a project name and its root relative to the workspace. */
export interface ProjectRoot {
  readonly name: string;
  readonly root: string;
}

/** One import that crosses into another project. */
export interface ImportEdge {
  readonly target: string;
  /** The importing file, relative to the workspace root. */
  readonly sourceFile: string;
}

const SKIP = new Set(['node_modules', 'cdktf.out', '.terraform', 'dist']);

/**
 * The dependencies each project's code makes: every import in its source (tests excluded) is resolved
 * with the workspace tsconfig (paths included), and a resolved file inside another project's folder
 * (one of `targets`, default: the sources themselves) is an edge to that project.
 * Returns source project name → edges sorted by target, one per target (the first importing file).
 */
export function importEdges(
  root: string,
  sources: readonly ProjectRoot[],
  targets: readonly ProjectRoot[] = sources,
): Map<string, ImportEdge[]> {
  const options = compilerOptions(root);
  const cache = ts.createModuleResolutionCache(root, (f) => f, options);
  const byDepth = [...targets].sort((a, b) => b.root.length - a.root.length);
  const owning = (rel: string): ProjectRoot | undefined =>
    byDepth.find((p) => p.root === '.' || p.root === '' || rel === p.root || rel.startsWith(`${p.root}/`));
  const edges = new Map<string, ImportEdge[]>();
  for (const project of sources) {
    const deps = new Map<string, string>();
    for (const file of sourceFiles(join(root, project.root))) {
      const text = readFileSync(file, 'utf8');
      for (const ref of ts.preProcessFile(text, true, false).importedFiles) {
        const resolved = ts.resolveModuleName(ref.fileName, file, options, ts.sys, cache).resolvedModule;
        if (!resolved) continue;
        const rel = toPosix(relative(root, resolved.resolvedFileName));
        if (rel.startsWith('..') || rel.split('/').includes('node_modules')) continue;
        const target = owning(rel);
        if (target && target.name !== project.name && !deps.has(target.name))
          deps.set(target.name, toPosix(relative(root, file)));
      }
    }
    edges.set(
      project.name,
      [...deps]
        .map(([target, sourceFile]) => ({ target, sourceFile }))
        .sort((a, b) => a.target.localeCompare(b.target)),
    );
  }
  return edges;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configPath = join(root, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error)
    return { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, configPath).options;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name) && !entry.name.startsWith('.')) sourceFiles(full, out);
    } else if (
      /\.(ts|tsx|mts|cts)$/.test(entry.name) &&
      !/\.(test|spec)\.[cm]?tsx?$/.test(entry.name) &&
      !entry.name.endsWith('.d.ts')
    ) {
      out.push(full);
    }
  }
  return out.sort();
}
