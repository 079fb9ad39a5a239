/** One policy finding on deployed state, as `GET /compliance` returns it. */
export interface ComplianceFindingView {
  readonly project: string;
  readonly stack: string;
  readonly service: string | null;
  readonly rule: string;
  readonly checkov: string | null;
  readonly severity: string;
  readonly resourceAddress: string;
  /** The resource's id in AWS (a security group id, a bucket name), when the state has one. */
  readonly resourceId: string | null;
  readonly message: string;
}

/** The findings of one owner group. */
export interface ComplianceOwnerFindings {
  readonly owner: string;
  readonly findings: readonly ComplianceFindingView[];
}

/** `GET /compliance?env=`: the newest finished `stratum compliance` run of an environment, by owner. */
export interface ComplianceReport {
  readonly env: string;
  /** Null when `stratum compliance` never ran in this environment. */
  readonly lastCheck: {
    readonly runId: string;
    readonly startedAt: string;
    readonly finishedAt: string | null;
    readonly runStatus: string;
    /** The run's error text (findings count, stacks that could not be read). */
    readonly error: string | null;
  } | null;
  readonly owners: readonly ComplianceOwnerFindings[];
}
