import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { withCheckout } from '../checkout';
import { listFiles, type Selection } from './select';
import type { UnchangedImporter } from './types';

/** Each project's digest of its synthesized Terraform JSON (every stack of every environment), or why not. */
export type SynthDigests =
  | { readonly ok: true; readonly digests: Record<string, string> }
  | {
      readonly ok: false;
      readonly error: string;
    };

/**
 * Synthesizes `projects` of the workspace at `dir` with that workspace's own code, in a child process (so base
 * and head code never share a module cache), and returns a digest per project. `envs` default: every
 * environment of that workspace.
 */
export function synthDigests(
  dir: string,
  projects: readonly string[],
  envs: readonly string[] | undefined,
): Promise<SynthDigests> {
  const driver = join(__dirname, 'synth-driver.ts');
  const request = JSON.stringify({ projects, ...(envs ? { envs } : {}) });
  const tsx = require.resolve('tsx/cjs');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', tsx, driver, dir, request], {
      cwd: dir,
      env: { ...process.env, TSX_TSCONFIG_PATH: join(dir, 'tsconfig.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (error) => resolve({ ok: false, error: error.message }));
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code === 0) {
        try {
          const parsed = JSON.parse(line) as { digests: Record<string, string> };
          return resolve({ ok: true, digests: parsed.digests });
        } catch {
          // fall through: not the driver's answer
        }
      }
      const message =
        stderr
          .trim()
          .split('\n')
          .find((l) => l.trim() !== '') ?? `exit ${code}`;
      resolve({ ok: false, error: message.slice(0, 300) });
    });
  });
}

/** Digests at base (in a temporary checkout of `baseSha`) and at head (the workspace at `headDir`), in parallel. */
export async function baseAndHeadDigests(
  root: string,
  baseSha: string,
  headDir: string,
  projects: readonly string[],
  envs: readonly string[] | undefined,
): Promise<{ base: SynthDigests; head: SynthDigests }> {
  const head = synthDigests(headDir, projects, envs);
  const base = withCheckout(root, baseSha, (dir) => synthDigests(dir, projects, envs)).catch(
    (error: unknown): SynthDigests => ({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    }),
  );
  return { base: await base, head: await head };
}

/**
 * Which library importers to select. Without digests (precision off): all of them. With digests: those whose
 * JSON differs, or that one side could not synthesize; all of them when a side could not be synthesized at
 * all. The reason says which.
 */
export function judgeImporters(
  hits: ReadonlyMap<string, readonly string[]>,
  digests: { base: SynthDigests; head: SynthDigests } | undefined,
): { selected: Map<string, Selection>; unchanged: UnchangedImporter[] } {
  const selected = new Map<string, Selection>();
  const unchanged: UnchangedImporter[] = [];
  for (const [project, files] of hits) {
    const changed = `shared library changed: ${listFiles(files)}`;
    const select = (why: string) => selected.set(project, { rule: 'library', reason: `${changed}${why}` });
    if (!digests) {
      select(' (it imports it)');
      continue;
    }
    const { base, head } = digests;
    if (!base.ok)
      select(`; the base could not be synthesized (${base.error}), so every importer is selected`);
    else if (!head.ok)
      select(`; the head could not be synthesized (${head.error}), so every importer is selected`);
    else {
      const failed = synthError(base.digests[project], 'base') ?? synthError(head.digests[project], 'head');
      if (failed) select(`; ${failed}`);
      else if (base.digests[project] !== head.digests[project])
        select('; its synthesized JSON differs from the base');
      else unchanged.push({ project, files: [...files] });
    }
  }
  return { selected, unchanged };
}

function synthError(digest: string | undefined, side: 'base' | 'head'): string | undefined {
  if (digest === undefined) return `not synthesized at ${side}`;
  return digest.startsWith('error: ')
    ? `not synthesized at ${side} (${digest.slice('error: '.length)})`
    : undefined;
}
