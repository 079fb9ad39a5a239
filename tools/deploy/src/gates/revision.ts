import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Environment } from '@stratum/config';
import { globToRegExp, WORKSPACE_INPUTS } from '@stratum/workspace';
import { ChangeRefusedError, isGated } from './gated';

/** What a run deploys: the commit, `+dirty` when synth inputs had uncommitted changes, and their digest. */
export interface Revision {
  /** `<sha>` or `<sha>+dirty` (or `unversioned` outside git). */
  readonly gitSha: string;
  /** sha256 over the changed synth inputs (path + content); null for a clean tree. */
  readonly treeDigest: string | null;
  /** The uncommitted synth inputs, for messages. */
  readonly changed: readonly string[];
}

/** Inputs of every project (environment files, org.yaml, lockfile, tsconfig) and the workspace libraries. */
const SHARED_INPUTS: readonly RegExp[] = [
  ...WORKSPACE_INPUTS.map((input) => globToRegExp(input.pattern)),
  /^tools\/[^/]+\/src\//,
];

/**
 * Files whose content synthesis may read: the projects, the inputs every project shares, and any library
 * under tools/ (a superset of each project's imports, so no uncommitted input is missed).
 */
export function isSynthInput(path: string): boolean {
  return /^(shared-infra|services)\//.test(path) || SHARED_INPUTS.some((re) => re.test(path));
}

/**
 * A local environment: on an emulator (`endpoint`) and not gated. A deploy from a dirty tree is allowed and
 * recorded there; a gated emulator environment (local-prod) rehearses prod's rules, so it is not local.
 */
export function isLocalEnvironment(env: Environment): boolean {
  return env.endpoint !== undefined && !isGated(env);
}

function git(root: string, args: readonly string[]): { ok: boolean; out: string } {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, out: result.stdout ?? '' };
}

/** The checked-out commit and the uncommitted (staged, unstaged, untracked) synth inputs of `root`. */
export function workingTreeRevision(root: string): Revision {
  const head = git(root, ['rev-parse', 'HEAD']);
  if (!head.ok) return { gitSha: 'unversioned', treeDigest: null, changed: [] };
  const sha = head.out.trim();
  // Porcelain paths are relative to the repository root; the workspace may be a folder inside it.
  const prefix = git(root, ['rev-parse', '--show-prefix']).out.trim();
  const status = git(root, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--no-renames',
    '--',
    '.',
  ]);
  const changed = [
    ...new Set(
      status.out
        .split('\0')
        .filter((entry) => entry.length > 3)
        .map((entry) => entry.slice(3))
        .filter((path) => path.startsWith(prefix))
        .map((path) => path.slice(prefix.length))
        .filter(isSynthInput),
    ),
  ].sort();
  if (changed.length === 0) return { gitSha: sha, treeDigest: null, changed };
  const hash = createHash('sha256');
  for (const path of changed) {
    const file = join(root, path);
    const content = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : null;
    hash.update(`${path}\0${content ? createHash('sha256').update(content).digest('hex') : 'deleted'}\n`);
  }
  return { gitSha: `${sha}+dirty`, treeDigest: hash.digest('hex'), changed };
}

/**
 * The revision a deploy to `env` records. A tree with uncommitted synth inputs is refused outside local
 * environments (the ledger must say what really ran); in a local one it records `<sha>+dirty` and the digest.
 */
export function deployRevision(root: string, env: Environment, verb = 'deploy'): Revision {
  const revision = workingTreeRevision(root);
  if (revision.treeDigest === null || isLocalEnvironment(env)) return revision;
  const shown = revision.changed.slice(0, 5).join(', ') + (revision.changed.length > 5 ? ', ...' : '');
  throw new ChangeRefusedError(
    `stratum ${verb}: the working tree has uncommitted changes to synth inputs (${shown}); '${env.name}' is not a local environment, so only a commit can be deployed there. Commit (or stash) them and run again.`,
  );
}
