/**
 * Where a Stratum workspace keeps its environment files and its synthesized output: every path below is spelled
 * here once, and everything else calls these (relative to the workspace root, `/`-separated).
 */

/** The folder of environment files, one `<name>.yaml` each. */
export const ENVIRONMENTS_DIR = 'environments';

/** An environment's file: `environments/<name>.yaml`. */
export function environmentFile(name: string): string {
  return `${ENVIRONMENTS_DIR}/${name}.yaml`;
}

/** The build output folder inside each project (git-ignored, never an input). */
export const SYNTH_OUT_DIR = 'cdktf.out';

/** Where a project's synthesized stacks for an environment go: `<project>/cdktf.out/<env>`. */
export function synthOutDir(projectRoot: string, env: string): string {
  return `${projectRoot}/${SYNTH_OUT_DIR}/${env}`;
}

/**
 * What a stack folder under `<project>/cdktf.out/<env>/` is for. `stacks` holds the synthesized `cdk.tf.json`;
 * the others are working copies terraform runs in, at the same depth so relative state paths resolve alike.
 */
export type StackFolderPurpose =
  | 'stacks'
  | 'rollback'
  | 'destroy'
  | 'placeholder'
  | 'renamed'
  | 'drift'
  | 'compliance'
  | 'import'
  | 'migrations';

/** A stack's folder for one purpose: `<project>/cdktf.out/<env>/<purpose>/<stack>`. */
export function stackFolder(
  projectRoot: string,
  env: string,
  purpose: StackFolderPurpose,
  stack: string,
): string {
  return `${synthOutDir(projectRoot, env)}/${purpose}/${stack}`;
}

/** A stack's synthesized folder (holding `cdk.tf.json`): `<project>/cdktf.out/<env>/stacks/<stack>`. */
export function stackOutDir(projectRoot: string, env: string, stack: string): string {
  return stackFolder(projectRoot, env, 'stacks', stack);
}
