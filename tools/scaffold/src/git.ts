import { spawnSync } from 'node:child_process';

/** A git command that failed; the message is git's own. */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError';
}

export interface GitResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs git with an argv array (never a shell) in `cwd`; throws GitCommandError unless `allowFailure`. */
export function runGit(cwd: string, args: readonly string[], { allowFailure = false } = {}): GitResult {
  const result = spawnSync('git', [...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  if (result.error) throw new GitCommandError(`git could not run: ${result.error.message}; install git.`);
  const status = result.status ?? 1;
  if (status !== 0 && !allowFailure)
    throw new GitCommandError(
      `git ${args[0] ?? ''} failed in ${cwd}: ${(result.stderr || result.stdout).trim()}`,
    );
  return { status, stdout: result.stdout, stderr: result.stderr };
}
