import { lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { ScaffoldInputError, showInput } from './names';

/** True when `child` is `parent` or inside it. */
function inside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Resolves `path` (relative, forward slashes) under the workspace `root`, refusing anything that escapes it: an
 * absolute path, `..`, a backslash or NUL, and a symlink anywhere on the way (existing parts) that leads outside.
 */
export function safeTarget(root: string, path: string): string {
  if (
    isAbsolute(path) ||
    path.includes('\\') ||
    path.includes('\0') ||
    path.split('/').some((p) => p === '..' || p === '')
  )
    throw new ScaffoldInputError(
      `target ${showInput(path)} is not a plain relative path inside the workspace.`,
    );
  const realRoot = realpathSync(root);
  const parts = path.split('/');
  let current = root;
  for (const part of parts) {
    current = join(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      break; // the rest does not exist yet
    }
    if (stat.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(current);
      } catch {
        throw new ScaffoldInputError(
          `${relative(root, current).split(sep).join('/')} is a dangling symlink; remove it.`,
        );
      }
      if (!inside(realRoot, real))
        throw new ScaffoldInputError(
          `${relative(root, current).split(sep).join('/')} is a symlink to ${real}, outside the workspace; refusing to write through it.`,
        );
    }
  }
  return join(root, ...parts);
}
