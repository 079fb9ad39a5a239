import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SKIP = new Set(['node_modules', 'dist', '.git', 'cdktf.out', '.nx', '.stratum', 'test-results']);
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every .ts/.tsx file under `dirs` (workspace-relative), type-only imports included: a circle of types is a circle too. */
export function importGraph(root: string, dirs: readonly string[]): Map<string, string[]> {
  const files = dirs.flatMap((dir) => sourceFiles(join(root, dir)));
  const packages = workspacePackages(root, dirs);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
    const targets = imports
      .map((i) => resolveImport(file, i.fileName, packages))
      .filter((t): t is string => t !== undefined);
    graph.set(relative(root, file), [...new Set(targets.map((t) => relative(root, t)))]);
  }
  return graph;
}

/** The import circles of a graph, each as a path `a -> b -> a` (one per strongly connected component). */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const self = (graph.get(node) ?? []).includes(node);
    if (component.length > 1 || self) cycles.push(pathThrough(graph, new Set(component), node));
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** A shortest circle from `start` back to itself inside one component. */
function pathThrough(
  graph: ReadonlyMap<string, readonly string[]>,
  members: Set<string>,
  start: string,
): string[] {
  const from = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = from.get(at))
          path.splice(1, 0, at);
        return [...path, start];
      }
      if (!from.has(to)) {
        from.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

function resolveImport(
  file: string,
  spec: string,
  packages: ReadonlyMap<string, string>,
): string | undefined {
  if (spec.startsWith('.')) return resolveFile(resolve(dirname(file), spec));
  const match = /^(@stratum\/[^/]+)(\/.*)?$/.exec(spec);
  const dir = match ? packages.get(match[1]!) : undefined;
  if (!dir) return undefined;
  if (match![2]) return resolveFile(join(dir, match![2]));
  return resolveFile(join(dir, mainOf(dir)));
}

function resolveFile(base: string): string | undefined {
  if (existsSync(base) && statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (existsSync(base + ext)) return base + ext;
  return undefined;
}

function mainOf(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    types?: string;
    main?: string;
  };
  const main = manifest.types ?? manifest.main ?? 'src/index.ts';
  return main.endsWith('.js') && !existsSync(join(dir, main)) ? main.replace(/\.js$/, '.ts') : main;
}

/** `@stratum/*` package name → folder, for every package.json directly under the given folders. */
function workspacePackages(root: string, dirs: readonly string[]): Map<string, string> {
  const packages = new Map<string, string>();
  for (const dir of dirs) {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const manifest = join(root, dir, entry.name, 'package.json');
      if (!entry.isDirectory() || !existsSync(manifest)) continue;
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name?.startsWith('@stratum/')) packages.set(name, join(root, dir, entry.name));
    }
  }
  return packages;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
