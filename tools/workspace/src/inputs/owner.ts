/** Something that owns a folder of the workspace (a project). */
export interface Rooted {
  readonly root: string;
}

/**
 * The deepest item whose root folder holds a path, found by walking the path's parent folders through a map
 * (O(depth), not O(projects)): what a thousand projects need. A root of '' or '.' holds everything.
 */
export function ownerLookup<T extends Rooted>(items: readonly T[]): (path: string) => T | undefined {
  const byRoot = new Map<string, T>();
  let top: T | undefined;
  for (const item of items) {
    if (item.root === '' || item.root === '.') top = item;
    else byRoot.set(item.root, item);
  }
  return (path) => {
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
      const found = byRoot.get(path.slice(0, end));
      if (found) return found;
    }
    return byRoot.get(path) ?? top;
  };
}
