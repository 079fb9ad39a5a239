import { spawnSync } from 'node:child_process';
import { UsageError } from '@stratum/config';

/** A git failure the user can fix (missing ref, shallow clone, not a repository). */
export class GitError extends UsageError {}

/** Runs git with an argv array (never a shell) and returns stdout; throws GitError with git's message. */
export function git(
  root: string,
  args: readonly string[],
  { allowFailure = false } = {},
): { ok: boolean; stdout: string; stderr: string } {
  const result = spawnSync('git', [...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new GitError(`git could not run: ${result.error.message}; install git.`);
  const ok = result.status === 0;
  if (!ok && !allowFailure) throw new GitError(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return { ok, stdout: result.stdout, stderr: result.stderr };
}

/** Resolves a ref to a commit sha, or explains why it cannot (unknown ref, shallow clone). */
export function resolveCommit(root: string, ref: string, flag: string): string {
  if (ref.startsWith('-')) throw new GitError(`${flag}: '${ref}' is not a git ref.`);
  const found = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFailure: true });
  if (found.ok) return found.stdout.trim();
  const shallow =
    git(root, ['rev-parse', '--is-shallow-repository'], { allowFailure: true }).stdout.trim() === 'true';
  throw new GitError(
    shallow
      ? `${flag}: '${ref}' is not in this shallow clone. Fetch the history it needs (git fetch --unshallow, or fetch-depth: 0 in CI) and run again.`
      : `${flag}: '${ref}' is not a commit in this repository. Use a branch, tag or sha that exists (git fetch if it is remote).`,
  );
}

/** The merge base of two commits; a shallow clone that lacks it is an error, never a silent fallback. */
export function mergeBase(root: string, base: string, head: string): string {
  const found = git(root, ['merge-base', base, head], { allowFailure: true });
  if (found.ok) return found.stdout.trim();
  throw new GitError(
    `No common ancestor of ${base.slice(0, 12)} and ${head.slice(0, 12)} in this clone; if it is shallow, fetch more history (git fetch --unshallow) and run again.`,
  );
}

export interface FileChange {
  /** A added, M modified, D deleted (renames are split into D + A). */
  readonly status: 'A' | 'M' | 'D';
  readonly path: string;
}

/** Files changed between `from` and `to` (a commit), or the working tree (tracked and untracked) when `to` is undefined. */
export function changedFiles(root: string, from: string, to?: string): FileChange[] {
  const args = ['diff', '--name-status', '--no-renames', '-z', from, ...(to ? [to] : [])];
  const parts = git(root, args).stdout.split('\0').filter(Boolean);
  const changes: FileChange[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const code = parts[i]!.charAt(0);
    changes.push({ status: code === 'A' ? 'A' : code === 'D' ? 'D' : 'M', path: parts[i + 1]! });
  }
  if (!to) {
    for (const path of git(root, ['ls-files', '--others', '--exclude-standard', '-z'])
      .stdout.split('\0')
      .filter(Boolean)) {
      changes.push({ status: 'A', path });
    }
  }
  return changes;
}
