import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { GitError } from './git';

/**
 * Extracts every tracked file of `commit` into a temporary folder (git archive | tar: nothing is registered in
 * the repository, so a killed process leaves no stale worktree behind) with a node_modules whose entries link
 * to the workspace's installed packages, except the workspace's own packages (`@stratum/*` and the like),
 * which link to their folders inside the checkout, so the checkout runs its own code. Runs `fn` on it and
 * removes it again. Used to synthesize a base commit.
 */
export async function withCheckout<T>(
  root: string,
  commit: string,
  fn: (dir: string) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-checkout-'));
  try {
    const archive = spawnSync('git', ['archive', '--format=tar', commit], {
      cwd: root,
      maxBuffer: 1024 * 1024 * 1024,
    });
    if (archive.status !== 0)
      throw new GitError(`git archive ${commit} failed: ${String(archive.stderr).trim()}`);
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout, maxBuffer: 64 * 1024 * 1024 });
    if (untar.status !== 0) throw new GitError(`could not extract ${commit}: ${String(untar.stderr).trim()}`);
    linkNodeModules(root, dir);
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Gives `dir` (a copy of the workspace at `root`) a node_modules of links: installed packages link to the
 * workspace's, the workspace's own packages to their folders inside `dir`.
 */
export function linkNodeModules(root: string, dir: string): void {
  const from = join(root, 'node_modules');
  if (!existsSync(from)) return;
  const to = join(dir, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name.startsWith('@') && entry.isDirectory()) {
      mkdirSync(join(to, entry.name), { recursive: true });
      for (const inner of readdirSync(join(from, entry.name)))
        linkEntry(root, dir, join(from, entry.name, inner), join(to, entry.name, inner));
    } else {
      linkEntry(root, dir, join(from, entry.name), join(to, entry.name));
    }
  }
}

/**
 * A workspace package (a link into the workspace, outside node_modules) links to the checkout's copy, which
 * may not exist at that commit: then the package is absent there, as it was.
 */
function linkEntry(root: string, dir: string, from: string, to: string): void {
  let target = from;
  if (lstatSync(from).isSymbolicLink()) {
    if (!existsSync(from)) return; // a dangling link: nothing to run
    const real = realpathSync(from);
    const inside = relative(realpathSync(root), real);
    if (!inside.startsWith('..') && !inside.split(/[\\/]/).includes('node_modules'))
      target = join(dir, inside);
  }
  symlinkSync(target, to);
}
