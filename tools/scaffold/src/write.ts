import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ScaffoldInputError } from './names';
import { safeTarget } from './target';

/** Writes one file atomically: a temporary sibling, then a rename. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { flag: 'wx' });
  renameSync(tmp, path);
}

/**
 * Writes new files under `root`: every target is checked first (inside the workspace, no symlink out, not existing),
 * so a refusal writes nothing; a failure while writing removes what this call wrote.
 */
export function writeNewFiles(root: string, files: ReadonlyMap<string, string>): string[] {
  const targets = [...files].map(([path, text]) => {
    const target = safeTarget(root, path);
    if (existsSync(target))
      throw new ScaffoldInputError(`${path} already exists; the scaffolder never overwrites a file.`);
    return { path, target, text };
  });
  const written: string[] = [];
  try {
    for (const { target, text } of targets) {
      writeAtomic(target, text);
      written.push(target);
    }
  } catch (error) {
    for (const target of written) rmSync(target, { force: true });
    throw error;
  }
  return targets.map((t) => t.path);
}
