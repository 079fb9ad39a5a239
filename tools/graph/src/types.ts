import type { Layer } from '@stratum/config';

/** One CDKTF project as the graph sees it. */
export interface GraphProject {
  readonly name: string;
  /** Folder relative to the workspace root. */
  readonly root: string;
  readonly layer: Layer;
  /** Owner group name (no `group:` prefix). */
  readonly owner: string;
  /** Service folder name for projects under services/; absent for shared infrastructure. */
  readonly service?: string;
  /** Names of the projects this one depends on, sorted. */
  readonly dependsOn: readonly string[];
}

/** The whole workspace: projects sorted by name. */
export interface ProjectGraph {
  readonly projects: readonly GraphProject[];
}

/** A graph that breaks the rules: every problem found, one per line in the message. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}
