/** Something a health check found wrong with a region: the rollout halts on it. */
export interface HealthProblem {
  /** The check that found it (`HealthCheck.name`). */
  readonly check: string;
  /** What is unhealthy, e.g. `CloudWatch alarm orders-monitoring-local-slo-availability-page-long`. */
  readonly subject: string;
  /** Why, in one line (the alarm's state reason, the alert's summary). */
  readonly detail: string;
}

/**
 * One source of health for a region during a bake: CloudWatch alarms, Prometheus alerts, or anything else that
 * can say "healthy" or list what is not. `check` throws when it cannot tell (unreachable, refused).
 */
export interface HealthCheck {
  /** Short name for progress lines and the ledger, e.g. `cloudwatch-alarms`. */
  readonly name: string;
  /** What it watches, for the progress line, e.g. `3 CloudWatch alarms in us-east-1`. */
  readonly description: string;
  check(signal?: AbortSignal): Promise<readonly HealthProblem[]>;
}

/** One line per problem, for the run's error and the CLI. */
export function describeProblems(problems: readonly HealthProblem[]): string {
  return problems.map((p) => `${p.subject}: ${p.detail}`).join('; ');
}
