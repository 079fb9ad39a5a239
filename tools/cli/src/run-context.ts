import { hostname, userInfo } from 'node:os';
import { UsageError, type Environment } from '@stratum/config';
import { deployRevision, workingTreeRevision, type Revision } from '@stratum/deploy';
import { LEDGER_ENV_VAR, openLedger, type Ledger } from '@stratum/ledger';
import type { Workspace } from '@stratum/workspace';
import type { CommandIO } from './io';

/**
 * Opens the ledger named by STRATUM_LEDGER (SQLite path or postgres:// URL), default `.stratum/ledger.db`, as this
 * runner: STRATUM_RUNNER_ID (default host/boot id/pid) holds its leases, STRATUM_LOCK_TTL_S overrides their TTL.
 */
export function openWorkspaceLedger(workspace: Workspace, io: CommandIO): Promise<Ledger> {
  const runnerId = io.env.STRATUM_RUNNER_ID?.trim();
  const ttl = lockTtlOverrideMs(io.env.STRATUM_LOCK_TTL_S);
  return openLedger(io.env[LEDGER_ENV_VAR], {
    root: workspace.root,
    ...(runnerId ? { runnerId } : {}),
    ...(ttl !== undefined ? { lockTtlMs: ttl } : {}),
  });
}

/** STRATUM_LOCK_TTL_S in milliseconds: whole seconds, at least 4 (heartbeats come every TTL/4). */
export function lockTtlOverrideMs(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 4 || seconds > 86_400)
    throw new UsageError(
      `STRATUM_LOCK_TTL_S=${value}: give the lease TTL as whole seconds from 4 to 86400 (or unset it to use ` +
        'locks.ttlSeconds of the environment file, default 120).',
    );
  return seconds * 1000;
}

/** True under a CI runner (`CI` set, as GitHub Actions and most CI systems do). */
export function underCi(io: CommandIO): boolean {
  const value = io.env.CI?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/** Under CI the ledger records the CI's identity and checkout; an option that would override them is refused. */
function refuseUnderCi(io: CommandIO, option: string, value: string | undefined, what: string): void {
  if (value !== undefined && underCi(io)) {
    throw new UsageError(
      `${option}: refused under CI (CI=${io.env.CI}): the ledger records ${what}. Remove ${option} from the CI job.`,
    );
  }
}

/**
 * The commit in the workspace: `git rev-parse HEAD`, `+dirty` when synth inputs have uncommitted changes
 * (GITHUB_SHA only outside a git checkout). `--sha` replaces the commit, except under CI.
 */
export function currentGitSha(root: string, io: CommandIO, explicit?: string): string {
  return currentRevision(root, io, explicit).gitSha;
}

function currentRevision(root: string, io: CommandIO, explicit?: string, env?: Environment): Revision {
  refuseUnderCi(io, '--sha', explicit, 'the commit checked out (git HEAD)');
  const revision = env ? deployRevision(root, env) : workingTreeRevision(root);
  const base = explicit ?? (revision.gitSha === 'unversioned' ? io.env.GITHUB_SHA : undefined);
  if (!base) return revision;
  return { ...revision, gitSha: revision.treeDigest ? `${base}+dirty` : base };
}

/**
 * What a deploy to `env` records: the commit, and for a local environment with uncommitted synth inputs
 * `<sha>+dirty` with their digest; elsewhere such a tree is refused.
 */
export function deployedRevision(root: string, env: Environment, io: CommandIO, explicit?: string): Revision {
  return currentRevision(root, io, explicit, env);
}

/** Who is acting: under CI the CI's identity (GITHUB_ACTOR), else `--actor` or the local user on this host. */
export function currentActor(io: CommandIO, explicit?: string): string {
  refuseUnderCi(io, '--actor', explicit, "the CI's identity (GITHUB_ACTOR) as the actor");
  if (explicit) return explicit;
  if (io.env.GITHUB_ACTOR) return io.env.GITHUB_ACTOR;
  let user = io.env.USER ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // keep USER
  }
  return `${user}@${hostname()}`;
}

/** `ci` under a CI runner, else `cli`. */
export function currentTrigger(io: CommandIO, explicit?: string): string {
  return explicit ?? (underCi(io) ? 'ci' : 'cli');
}
