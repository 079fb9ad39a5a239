import type { RunStatus } from './runs';

/** One attribute found changed outside Terraform by a drift check. */
export interface ProjectDriftFinding {
  readonly stack: string;
  /** Terraform resource address, e.g. `aws_s3_bucket.logs`. */
  readonly resourceAddress: string;
  readonly attribute: string;
  /** The value the configuration expects, as text; null when unknown. */
  readonly expected: string | null;
  /** The value found in the cloud, as text; null when unknown. */
  readonly actual: string | null;
}

/**
 * The last drift check of an environment (a run of kind `drift`) as it concerns one project:
 * `drifted` when it found changes to the project's stacks, `error` when the check failed on one of them,
 * `clean` otherwise.
 */
export interface ProjectDriftCheck {
  readonly runId: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly runStatus: RunStatus;
  readonly result: 'clean' | 'drifted' | 'error' | 'running';
  readonly findings: readonly ProjectDriftFinding[];
  /** The check's error lines about this project's stacks, when it failed on them. */
  readonly error: string | null;
}

/** `GET /stacks/:project/drift?env=`. */
export interface ProjectDrift {
  readonly project: string;
  readonly env: string;
  /** Null when no drift check ran in the environment yet. */
  readonly lastCheck: ProjectDriftCheck | null;
}
