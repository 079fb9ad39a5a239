import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, environmentFile, type Environment } from '@stratum/config';
import {
  App,
  stackDirToRoot,
  stackName,
  stackOutDir,
  synthOutDir,
  type StackClass,
  type StackContext,
} from '@stratum/constructs';
import type { DiscoveredProject, Workspace } from '@stratum/workspace';
import { loadStackClass } from './load-stack';

/** One synthesized stack: a project in one region of one environment. */
export interface SynthesizedStack {
  readonly project: string;
  readonly stack: string;
  readonly region: string;
  /** Folder holding cdk.tf.json, relative to the workspace root. */
  readonly dir: string;
  /** sha256 of cdk.tf.json: equal hashes mean equal Terraform input. */
  readonly hash: string;
}

export interface SynthOptions {
  readonly workspace: Workspace;
  readonly env: Environment;
  /** Projects to synthesize (default: all), any order. */
  readonly projects?: readonly string[];
  /**
   * Folder that stands in for the workspace root when writing (`<outRoot>/<project>/cdktf.out/<env>/`), so a
   * synth can be compared without replacing the workspace's own output. @default the workspace root
   */
  readonly outRoot?: string;
}

/**
 * Synthesizes each project once per region of the environment into `<project>/cdktf.out/<env>/`, in this
 * process. Each project's output is written to a temporary folder first and swapped in whole, so a failed
 * synth leaves the previous output untouched.
 */
export function synthesize({ workspace, env, projects, outRoot }: SynthOptions): SynthesizedStack[] {
  checkServiceOverrides(workspace, env);
  const names = projects ?? [...workspace.projects.keys()];
  const results: SynthesizedStack[] = [];
  for (const name of [...names].sort()) {
    const project = workspace.projects.get(name);
    if (!project) throw new ConfigError(`Unknown project '${name}'.`, '');
    results.push(...synthProject(workspace.root, project, env, outRoot ?? workspace.root));
  }
  return results;
}

function synthProject(
  root: string,
  project: DiscoveredProject,
  env: Environment,
  outRoot: string,
): SynthesizedStack[] {
  const StackClass = loadStackClass(root, project);
  const finalDir = join(outRoot, synthOutDir(project.root, env.name));
  const tmpDir = `${finalDir}.tmp-${process.pid}`;
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  try {
    const app = new App({ outdir: tmpDir, stackTraces: false });
    addProjectStacks(app, StackClass, project, env);
    app.synth();
  } catch (error) {
    rmSync(tmpDir, { recursive: true, force: true });
    if (error instanceof ConfigError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `${project.entry}: synth failed for environment '${env.name}': ${reason}`,
      project.entry,
    );
  }
  swapIn(tmpDir, finalDir);
  return env.regions.map((region) => {
    const stack = stackName(project.name, region);
    const dir = stackOutDir(project.root, env.name, stack);
    const json = readFileSync(join(outRoot, dir, 'cdk.tf.json'));
    return {
      project: project.name,
      stack,
      region,
      dir,
      hash: createHash('sha256').update(json).digest('hex'),
    };
  });
}

/** Adds one stack per region of `env` for `project` to `app`. */
export function addProjectStacks(
  app: App,
  StackClass: StackClass,
  project: DiscoveredProject,
  env: Environment,
): void {
  for (const region of env.regions) {
    const ctx: StackContext = {
      project: {
        name: project.name,
        root: project.root,
        layer: project.layer,
        owner: project.owner,
        ...(project.service ? { service: project.service } : {}),
      },
      env,
      region,
      stackDirToRoot: stackDirToRoot(project.root),
    };
    new StackClass(app, ctx);
  }
}

/** Replaces `finalDir` with `tmpDir`: the old output stays whole until the new one is in place. */
function swapIn(tmpDir: string, finalDir: string): void {
  const oldDir = `${finalDir}.old-${process.pid}`;
  if (existsSync(finalDir)) renameSync(finalDir, oldDir);
  renameSync(tmpDir, finalDir);
  rmSync(oldDir, { recursive: true, force: true });
}

/** Every key under `services:` in the environment file must be a service of the workspace. */
function checkServiceOverrides(workspace: Workspace, env: Environment): void {
  const services = new Set([...workspace.projects.values()].map((p) => p.service).filter(Boolean));
  for (const key of Object.keys(env.services)) {
    if (!services.has(key)) {
      const file = environmentFile(env.name);
      throw new ConfigError(
        `${file}: services.${key}: no service '${key}' under services/; known services: ${[...services].sort().join(', ')}.`,
        file,
        `services.${key}`,
      );
    }
  }
}
