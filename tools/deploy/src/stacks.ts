import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stackFolder, type Layer } from '@stratum/config';
import { unitId } from '@stratum/orchestrator';
import type { SynthesizedStack } from '@stratum/synth';
import type { Workspace } from '@stratum/workspace';

/** A synthesized stack ready for terraform: where it is and exactly what it contains. */
export interface StackArtifact {
  readonly unitId: string;
  readonly project: string;
  readonly stack: string;
  readonly region: string;
  readonly layer: Layer;
  /** Absolute folder holding cdk.tf.json (terraform runs here). */
  readonly dir: string;
  /** Project folder relative to the workspace root. */
  readonly projectRoot: string;
  readonly hash: string;
  readonly json: string;
}

/** Indexes synthesized stacks by scheduler unit id (`project@region`). */
export function stackArtifacts(
  workspace: Workspace,
  synthesized: readonly SynthesizedStack[],
): Map<string, StackArtifact> {
  const out = new Map<string, StackArtifact>();
  for (const s of synthesized) {
    const project = workspace.projects.get(s.project)!;
    const dir = join(workspace.root, s.dir);
    out.set(unitId(s.project, s.region), {
      unitId: unitId(s.project, s.region),
      project: s.project,
      stack: s.stack,
      region: s.region,
      layer: project.layer,
      dir,
      projectRoot: project.root,
      hash: s.hash,
      json: readFileSync(join(dir, 'cdk.tf.json'), 'utf8'),
    });
  }
  return out;
}

/**
 * Where an earlier artifact is applied to roll a stack back: `<project>/cdktf.out/<env>/rollback/<stack>`,
 * at the same depth as the synth folder so that relative local-state paths in the artifact still point at
 * the same state file.
 */
export function rollbackDir(root: string, projectRoot: string, env: string, stack: string): string {
  return join(root, stackFolder(projectRoot, env, 'rollback', stack));
}

/**
 * Where a stack is torn down: `<project>/cdktf.out/<env>/destroy/<stack>`, at the synth folder's depth (as
 * rollbackDir) so relative local-state paths resolve; for a deleted project the folder is recreated for the destroy.
 */
export function destroyDir(root: string, projectRoot: string, env: string, stack: string): string {
  return join(root, stackFolder(projectRoot, env, 'destroy', stack));
}
