import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { runGit } from '..';

/** The monorepo this package lives in. */
export const REPO_ROOT = resolve(__dirname, '../../../..');

const AUTHOR = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com'];

/** Commits everything in `dir` and returns the sha. */
export function commitAll(dir: string, message: string): string {
  runGit(dir, ['add', '--all']);
  runGit(dir, [...AUTHOR, 'commit', '--quiet', '--allow-empty', '-m', message]);
  return runGit(dir, ['rev-parse', 'HEAD']).stdout.trim();
}

/**
 * A small git repository with what planning and upgrades read: the working tree's templates/, services/org.yaml and
 * `files` (relative path → text). Committed once.
 */
export function smallRepo(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-scaffold-'));
  cpSync(join(REPO_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  const all = {
    'nx.json': '{}\n',
    'services/org.yaml': readFileSync(join(REPO_ROOT, 'services/org.yaml'), 'utf8'),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  runGit(dir, ['init', '--quiet', '--initial-branch=main']);
  commitAll(dir, 'fixture');
  return dir;
}

/**
 * A clone of the real monorepo's last commit with the working tree's templates/ and node_modules linked, committed:
 * what `stratum.scaffolder.repository` points at in the end-to-end tests (never the real repository).
 */
export function monorepoCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'stratum-monorepo-')), 'repo');
  runGit(tmpdir(), ['clone', '--quiet', '--no-hardlinks', '--', REPO_ROOT, dir]);
  rmSync(join(dir, 'templates'), { recursive: true, force: true });
  cpSync(join(REPO_ROOT, 'templates'), join(dir, 'templates'), { recursive: true });
  commitAll(dir, 'fixture templates');
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

export function removeRepo(dir: string): void {
  rmSync(dir.endsWith('/repo') ? dirname(dir) : dir, { recursive: true, force: true });
}
