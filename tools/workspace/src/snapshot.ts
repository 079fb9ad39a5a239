import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, GitError } from './git';

/** What a workspace needs to be discovered and have its edges computed. */
const WORKSPACE_PATHS = ['nx.json', 'tsconfig.json', 'environments', 'shared-infra', 'services'];

/**
 * Extracts the workspace files of `commit` into a temporary folder (git archive | tar), runs `fn` on it and
 * removes it again. Used to read the project graph as it was at a base commit (for destroy order).
 */
export function withSnapshot<T>(root: string, commit: string, fn: (dir: string) => T): T {
  const present = new Set(git(root, ['ls-tree', '--name-only', commit]).stdout.split('\n').filter(Boolean));
  const paths = WORKSPACE_PATHS.filter((p) => present.has(p));
  const dir = mkdtempSync(join(tmpdir(), 'stratum-snapshot-'));
  try {
    if (paths.length > 0) {
      const archive = spawnSync('git', ['archive', '--format=tar', commit, '--', ...paths], {
        cwd: root,
        maxBuffer: 512 * 1024 * 1024,
      });
      if (archive.status !== 0)
        throw new GitError(`git archive ${commit} failed: ${String(archive.stderr).trim()}`);
      const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
      if (untar.status !== 0)
        throw new GitError(`could not extract ${commit}: ${String(untar.stderr).trim()}`);
    }
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
