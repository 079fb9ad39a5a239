import { readWorkspaceSnapshot, type WorkspaceSnapshot } from './snapshot';

export interface WorkspaceReaderOptions {
  /** The workspace root (the folder with nx.json). */
  readonly root: string;
  /** How long a snapshot is served before the next call reads the workspace again, in ms. @default 30000 */
  readonly maxAgeMs?: number;
  /** Where "now" comes from. @default () => new Date() */
  readonly clock?: () => Date;
}

/**
 * Serves the workspace snapshot from memory and reads it again once it is older than `maxAgeMs`, so a request never
 * walks the workspace more than once per interval however many requests arrive.
 */
export class WorkspaceReader {
  readonly root: string;
  readonly #maxAgeMs: number;
  readonly #clock: () => Date;
  #current: WorkspaceSnapshot | undefined;

  constructor({ root, maxAgeMs = 30_000, clock = () => new Date() }: WorkspaceReaderOptions) {
    this.root = root;
    this.#maxAgeMs = maxAgeMs;
    this.#clock = clock;
  }

  /** The current snapshot, read again when stale. */
  get(): WorkspaceSnapshot {
    const current = this.#current;
    if (current && this.#clock().getTime() - current.loadedAt.getTime() < this.#maxAgeMs) return current;
    return this.refresh();
  }

  /** Reads the workspace now. */
  refresh(): WorkspaceSnapshot {
    this.#current = readWorkspaceSnapshot(this.root, this.#clock);
    return this.#current;
  }
}
