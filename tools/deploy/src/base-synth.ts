import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { environmentFile, ConfigError, type Environment } from '@stratum/config';
import type { ProjectGraph } from '@stratum/graph';
import { unitId } from '@stratum/orchestrator';
import { loadWorkspace } from '@stratum/workspace';
import type { StackArtifact } from './stacks';

export interface CommitSynthOptions {
  /** The workspace (a git work tree). */
  readonly root: string;
  readonly commit: string;
  /** The environment as it is now: its file replaces the commit's, so the JSON uses today's state backend. */
  readonly env: Environment;
  /** Projects of the commit to synthesize. */
  readonly projects: readonly string[];
  /** The `stratum` bin for a commit without tools/cli of its own. */
  readonly cli?: string;
}

const CLI_BIN = 'tools/cli/bin/stratum.cjs';

/**
 * Synthesizes projects as they were at `commit`, never from a stale or missing `cdktf.out`: checks the commit
 * out in a temporary git worktree under `.stratum/base/` (inside the workspace, so its packages resolve from the
 * workspace's node_modules), puts today's environment file in, and runs that commit's own `stratum synth` in a
 * child process (its own tools and tsconfig paths, so a later change of the construct library cannot break it).
 * Returns the commit's graph and the stacks' JSON; the worktree is removed again.
 */
export function synthesizeAtCommit(options: CommitSynthOptions): {
  graph: ProjectGraph;
  synthesized: Map<string, StackArtifact>;
} {
  const { root, commit, env } = options;
  const dir = join(root, '.stratum', 'base', `${commit.slice(0, 12)}-${process.pid}-${Date.now()}`);
  mkdirSync(join(root, '.stratum', 'base'), { recursive: true });
  git(root, ['worktree', 'add', '--detach', '--force', dir, commit]);
  try {
    copyFileSync(join(root, environmentFile(env.name)), join(dir, environmentFile(env.name)));
    const ownCli = existsSync(join(dir, CLI_BIN));
    if (ownCli) linkOwnPackages(dir);
    const bin = ownCli ? join(dir, CLI_BIN) : options.cli;
    if (!bin)
      throw new ConfigError(
        `Commit ${commit.slice(0, 12)} has no ${CLI_BIN} to synthesize its projects with; pass the stratum bin (cli).`,
        CLI_BIN,
      );
    const workspace = loadWorkspace(dir, { validate: false });
    const missing = options.projects.filter((p) => !workspace.projects.has(p));
    if (missing.length > 0)
      throw new ConfigError(
        `Commit ${commit.slice(0, 12)} has no project ${missing.join(', ')}; its projects are ${[...workspace.projects.keys()].sort().join(', ')}.`,
        'stratum.yaml',
      );
    const synth = spawnSync(
      process.execPath,
      [bin, 'synth', '--env', env.name, '--projects', options.projects.join(','), '--json'],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, STRATUM_ROOT: dir, TSX_TSCONFIG_PATH: join(dir, 'tsconfig.json') },
      },
    );
    if (synth.status !== 0)
      throw new ConfigError(
        `Could not synthesize ${options.projects.join(', ')} at commit ${commit.slice(0, 12)} to destroy them: ` +
          `${(synth.stderr || synth.stdout || String(synth.error)).trim().split('\n').slice(0, 8).join('\n')}`,
        CLI_BIN,
      );
    const stacks = JSON.parse(synth.stdout) as {
      project: string;
      stack: string;
      region: string;
      dir: string;
      hash: string;
    }[];
    const synthesized = new Map<string, StackArtifact>();
    for (const s of stacks) {
      const project = workspace.projects.get(s.project)!;
      synthesized.set(unitId(s.project, s.region), {
        unitId: unitId(s.project, s.region),
        project: s.project,
        stack: s.stack,
        region: s.region,
        layer: project.layer,
        dir: join(root, s.dir),
        projectRoot: project.root,
        hash: s.hash,
        json: readFileSync(join(dir, s.dir, 'cdk.tf.json'), 'utf8'),
      });
    }
    return { graph: workspace.graph, synthesized };
  } finally {
    git(root, ['worktree', 'remove', '--force', dir], true);
    git(root, ['worktree', 'prune'], true);
  }
}

/**
 * Points the worktree's `@stratum/*` packages at its own tools (`<dir>/node_modules/@stratum/<name>`); every
 * other package still resolves from the workspace's node_modules further up.
 */
function linkOwnPackages(dir: string): void {
  const tools = join(dir, 'tools');
  for (const entry of readdirSync(tools, { withFileTypes: true })) {
    const manifest = join(tools, entry.name, 'package.json');
    if (!entry.isDirectory() || !existsSync(manifest)) continue;
    const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
    if (!name?.startsWith('@stratum/')) continue;
    const link = join(dir, 'node_modules', name);
    mkdirSync(join(link, '..'), { recursive: true });
    if (!existsSync(link)) symlinkSync(join(tools, entry.name), link, 'dir');
  }
}

function git(root: string, args: string[], allowFailure = false): void {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0 && !allowFailure)
    throw new ConfigError(
      `git ${args.join(' ')} failed: ${(result.stderr || String(result.error)).trim()}`,
      '.git',
    );
}
