import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Knex } from 'knex';
import { COMMITS_TABLE } from './migrations';

const run = promisify(execFile);

/** Looks up commit times (ms since the epoch) for shas; a sha it cannot find maps to null. */
export type CommitTimeLookup = (shas: readonly string[]) => Promise<Map<string, number | null>>;

/**
 * Commit times from the git repository at `root`, with argv arrays (no shell): `git cat-file --batch-check` finds
 * which shas exist, then one `git log --no-walk` prints their committer times.
 */
export function gitCommitTimes(root: string): CommitTimeLookup {
  return async (shas) => {
    const out = new Map<string, number | null>(shas.map((sha) => [sha, null]));
    if (shas.length === 0) return out;
    let known: string[];
    try {
      const child = execFile('git', ['cat-file', '--batch-check=%(objectname) %(objecttype)'], {
        cwd: root,
        maxBuffer: 8 << 20,
      });
      const result = new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout?.on('data', (chunk: Buffer | string) => (text += String(chunk)));
        child.on('error', reject);
        child.on('close', (code) =>
          code === 0 ? resolve(text) : reject(new Error(`git cat-file exited ${code}`)),
        );
      });
      child.stdin?.end(`${shas.join('\n')}\n`);
      const lines = (await result).trim().split('\n');
      known = shas.filter((_, i) => / commit$/.test(lines[i] ?? ''));
    } catch {
      return out; // not a git repository, or git missing: every time stays unknown
    }
    if (known.length === 0) return out;
    const { stdout } = await run('git', ['log', '--no-walk=unsorted', '--format=%H %ct', ...known], {
      cwd: root,
      maxBuffer: 8 << 20,
    });
    const times = new Map(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
        .map(([full, seconds]) => [full ?? '', Number(seconds) * 1000] as const),
    );
    for (const sha of known) {
      const full = [...times.keys()].find((f) => f.startsWith(sha));
      if (full) out.set(sha, times.get(full) ?? null);
    }
    return out;
  };
}

/** Stores a commit time the publisher knows (from `POST /runs`), replacing an unknown one. */
export async function recordCommitTime(
  knex: Knex,
  gitSha: string,
  committedAt: number,
  now: number,
): Promise<void> {
  await knex(COMMITS_TABLE)
    .insert({ git_sha: gitSha, committed_at: committedAt, source: 'publisher', resolved_at: now })
    .onConflict('git_sha')
    .merge(['committed_at', 'source', 'resolved_at']);
}

/**
 * Looks up the commit times of deployed shas that have none yet (at most `limit` per call, newest runs first) and
 * stores them. Returns how many shas were looked up.
 */
export async function resolveCommitTimes(
  knex: Knex,
  lookup: CommitTimeLookup,
  now: number,
  limit = 500,
): Promise<number> {
  const rows: { git_sha: string }[] = await knex('runs as r')
    .leftJoin(`${COMMITS_TABLE} as c`, 'c.git_sha', 'r.git_sha')
    .whereNull('c.git_sha')
    .where('r.kind', 'deploy')
    .groupBy('r.git_sha')
    .orderByRaw('max(r.started_at) desc')
    .limit(limit)
    .select('r.git_sha');
  if (rows.length === 0) return 0;
  const times = await lookup(rows.map((r) => r.git_sha));
  const inserts = [...times].map(([git_sha, committed]) => ({
    git_sha,
    committed_at: committed,
    source: committed === null ? 'unknown' : 'git',
    resolved_at: now,
  }));
  for (let i = 0; i < inserts.length; i += 200) {
    await knex(COMMITS_TABLE)
      .insert(inserts.slice(i, i + 200))
      .onConflict('git_sha')
      .ignore();
  }
  return inserts.length;
}
