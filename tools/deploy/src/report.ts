import type { DeploymentResult, UnitOutcome } from '@stratum/orchestrator';

/** Final status of one stack in a deploy report. */
export type ReportStackStatus =
  'succeeded' | 'failed' | 'skipped' | 'unchanged' | 'rolled_back' | 'rollback_failed' | 'destroyed';

export interface DeployReportStack {
  readonly project: string;
  readonly stack: string;
  readonly layer: string;
  readonly region: string;
  readonly status: ReportStackStatus;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly error?: string;
  /** Why the stack was planned, e.g. `cdk.tf.json changed`, `network.vpcCidr changed`. */
  readonly reasons?: string[];
  /** The worker that applied it (`--executor workers`). */
  readonly worker?: string;
}

/** What `stratum deploy --json` prints. */
export interface DeployReport {
  readonly runId: string;
  readonly env: string;
  readonly status: 'succeeded' | 'failed' | 'rolled_back' | 'rollback_failed';
  readonly gitSha: string;
  readonly stacks: DeployReportStack[];
  /** Problems that are not one stack's: policy gate, ledger writes, lock, earlier interrupted runs. */
  readonly notes: string[];
}

const iso = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

function finalStatus(outcome: UnitOutcome): ReportStackStatus {
  switch (outcome.status) {
    case 'succeeded':
    case 'failed':
    case 'skipped':
    case 'unchanged':
    case 'rolled_back':
    case 'rollback_failed':
      return outcome.status;
    case 'pending':
      return 'skipped';
    default:
      return 'failed';
  }
}

/** Turns scheduler outcomes into report rows; `stackName` maps a unit to its stack name. */
export function reportStacks(
  result: Pick<DeploymentResult, 'units'>,
  stackName: (unitId: string) => string,
): DeployReportStack[] {
  return result.units.map((outcome) => {
    const error = outcome.error ?? reasonText(outcome);
    return {
      project: outcome.unit.project,
      stack: stackName(outcome.unit.id),
      layer: outcome.unit.layer,
      region: outcome.unit.region,
      status: finalStatus(outcome),
      startedAt: iso(outcome.startedAt),
      finishedAt: iso(outcome.rollbackFinishedAt ?? outcome.finishedAt),
      ...(error ? { error } : {}),
    };
  });
}

function reasonText(outcome: UnitOutcome): string | undefined {
  const reason = outcome.reason;
  if (!reason) return outcome.rollbackError;
  switch (reason.kind) {
    case 'dependency-failed':
      return `skipped: dependency ${reason.failed} failed${reason.via !== reason.failed ? ` (via ${reason.via})` : ''}`;
    case 'run-stopped':
      return `skipped: the run stopped starting stacks after ${reason.failed} failed`;
    case 'cancelled':
      return 'skipped: the run was cancelled';
    case 'dependant-rollback-failed':
      return `not rolled back: the rollback of ${reason.dependant}, which needs it, failed`;
  }
}

/** Adds each stack's planning reasons (unit id → reasons) to report rows. */
export function withReasons(
  stacks: readonly DeployReportStack[],
  units: readonly { readonly unit: { readonly id: string } }[],
  reasons: ReadonlyMap<string, readonly string[]>,
): DeployReportStack[] {
  return stacks.map((row, i) => {
    const found = reasons.get(units[i]?.unit.id ?? '');
    return found && found.length > 0 ? { ...row, reasons: [...found] } : row;
  });
}

/**
 * A unit's row name in a report: its stack (`<project>-<region>`), `<data stack>:migrations` for a migrations unit
 * (`<project>:migrations@<region>`), or the unit id when no artifact names it.
 */
export function unitRowName(id: string, artifacts: ReadonlyMap<string, { readonly stack: string }>): string {
  const own = artifacts.get(id)?.stack;
  if (own) return own;
  const stack = artifacts.get(id.replace(':migrations@', '@'))?.stack;
  return stack ? `${stack}:migrations` : id;
}
