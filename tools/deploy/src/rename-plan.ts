// Plans a renamed project on the state it will have once its state moves, so a PR shows no creates for a rename.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stackFolder, type Environment } from '@stratum/config';
import { stackName } from '@stratum/constructs';
import type { TerraformSettings } from '@stratum/terraform';
import { backendAt, managed, pull, type ProjectRename } from './rename';
import type { StackArtifact } from './stacks';

export interface RenamedPlanInput {
  readonly root: string;
  readonly env: Environment;
  readonly settings: TerraformSettings;
  /** The renamed (new) project's stack. */
  readonly artifact: StackArtifact;
  readonly rename: ProjectRename;
  /** The folder whose `cdk.tf.json` is to be planned (the synth folder, or a placeholder copy). */
  readonly configDir: string;
}

/** Where a renamed stack is planned: `<project>/cdktf.out/<env>/renamed/<stack>`, the synth folder's depth. */
export function renamedPlanDir(root: string, projectRoot: string, env: string, stack: string): string {
  return join(root, stackFolder(projectRoot, env, 'renamed', stack));
}

/**
 * A folder that plans the renamed stack on a copy of the old stack's state, read through terraform (`state pull`)
 * and kept in a local state file there, so the plan shows what the deploy will do after the state moves: no
 * creates for what the rename keeps. Undefined when there is nothing to move (the old stack has no resources) or
 * the state has moved already (the new location holds resources): then the stack plans as it is. Never applied
 * from; nothing is written to either state location.
 */
export async function planOnMovedState(
  input: RenamedPlanInput,
): Promise<{ readonly dir: string; readonly reason: string } | undefined> {
  const { root, env, settings, artifact, rename } = input;
  const tmp = join(root, '.stratum', 'tmp', `rename-plan-${process.pid}-${artifact.unitId}`);
  try {
    const target = await pull(
      settings,
      join(tmp, 'to'),
      backendAt(input, artifact, artifact.project, artifact.region),
    );
    if (target && managed(target) > 0) return undefined;
    const source = await pull(
      settings,
      join(tmp, 'from'),
      backendAt(input, artifact, rename.from, artifact.region),
    );
    if (!source || managed(source) === 0) return undefined;

    const config = JSON.parse(readFileSync(join(input.configDir, 'cdk.tf.json'), 'utf8')) as {
      terraform?: Record<string, unknown>;
    };
    config.terraform = { ...config.terraform, backend: { local: { path: 'renamed.tfstate' } } };
    const dir = renamedPlanDir(root, artifact.projectRoot, env.name, artifact.stack);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeAtomically(join(dir, 'renamed.tfstate'), JSON.stringify(source, null, 2));
    writeAtomically(join(dir, 'cdk.tf.json'), JSON.stringify(config, null, 2));
    const from = stackName(rename.from, artifact.region);
    return {
      dir,
      reason: `renamed from ${rename.from}: planned on the state of ${from}, which moves to ${artifact.stack} at deploy`,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function writeAtomically(file: string, content: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}
