import { stackOutDir, type Environment, type Layer } from '@stratum/config';

/** What the workspace knows about one CDKTF project (from its `stratum.yaml` and its service's catalog). */
export interface ProjectInfo {
  /** Nx project name, e.g. `network` or `payments-data`. */
  readonly name: string;
  /** Folder relative to the workspace root, e.g. `services/payments/data`. */
  readonly root: string;
  readonly layer: Layer;
  /** Owner group (catalog entity name without the `group:` prefix), e.g. `payments-team`. */
  readonly owner: string;
  /** Service folder name for projects under `services/`; undefined for shared infrastructure. */
  readonly service?: string;
}

/** Everything a stack needs to render itself for one environment and region. */
export interface StackContext {
  readonly project: ProjectInfo;
  readonly env: Environment;
  /** The region this stack targets (one of `env.regions`). */
  readonly region: string;
  /**
   * Path from the folder terraform runs in (the stack's synth output folder) back to the workspace root,
   * used for local state paths so that synthesized JSON is the same on every clone.
   */
  readonly stackDirToRoot: string;
}

/** Stack id of a project in a region: `<project>-<region>`. Also the folder name under `cdktf.out/<env>/stacks/`. */
export function stackName(project: string, region: string): string {
  return `${project}-${region}`;
}

/** The synth output layout (`<project>/cdktf.out/<env>/stacks/<stack>`) is named once, in @stratum/config. */
export { stackOutDir, synthOutDir } from '@stratum/config';

/** The relative path from a stack folder back to the workspace root. */
export function stackDirToRoot(projectRoot: string): string {
  const depth = stackOutDir(projectRoot, 'x', 'y').split('/').filter(Boolean).length;
  return Array.from({ length: depth }, () => '..').join('/');
}
