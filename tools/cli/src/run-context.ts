import { spawnSync } from 'node:child_process';
import { hostname, userInfo } from 'node:os';
import { UsageError } from '@stratum/config';
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

/** The commit being deployed: `--sha`, else CI's variable, else `git rev-parse HEAD` (+`-dirty` for local edits). */
export function currentGitSha(root: string, io: CommandIO, explicit?: string): string {
  if (explicit) return explicit;
  if (io.env.GITHUB_SHA) return io.env.GITHUB_SHA;
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' });
  if (head.status !== 0) return 'unversioned';
  const dirty =
    spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    }).stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? '-dirty' : ''}`;
}

/** Who is deploying: `--actor`, else CI's actor, else the local user on this host. */
export function currentActor(io: CommandIO, explicit?: string): string {
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
  return explicit ?? (io.env.CI ? 'ci' : 'cli');
}
