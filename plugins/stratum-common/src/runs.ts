// The run records are @stratum/ledger's own (its types-only entry); the portal API shows them without the fields
// only the CLI reads (a break-glass reason, a dirty tree's digest, why a stack was planned).
import type { RunRecord, RunStatus, StackEvent as LedgerStackEvent } from '@stratum/ledger/types';

export {
  RUN_KINDS,
  RUN_STATUSES,
  STACK_STATUSES,
  type PlanSummary,
  type RunKind,
  type RunStatus,
  type StackStatus,
} from '@stratum/ledger/types';

/** One run of the ledger, as the portal API returns it. Times are ISO-8601 strings (UTC). */
export type Run = Omit<RunRecord, 'breakGlassReason' | 'treeDigest'>;

/** One status change of one stack within a run, as the portal API returns it. */
export type StackEvent = Omit<LedgerStackEvent, 'reason'>;

/** `GET /runs/:id`: the run and every stack event, in `seq` order. */
export interface RunDetail extends Run {
  readonly events: readonly StackEvent[];
}

/** `GET /runs`: newest first; pass `nextCursor` as `cursor` for the next (older) page, null on the last page. */
export interface RunPage {
  readonly runs: readonly Run[];
  readonly nextCursor: string | null;
}

/** One entry of `GET /stacks/:project/history`: a stack event with its run's sha, actor and status. */
export interface StackHistoryEntry extends StackEvent {
  readonly gitSha: string;
  readonly actor: string;
  readonly runStatus: RunStatus;
}

/** `GET /stacks/:project/history`. */
export interface StackHistory {
  readonly project: string;
  readonly env: string;
  /** Newest first. */
  readonly entries: readonly StackHistoryEntry[];
}

/** `POST /runs` answer: `created` is false when the ledger already held the run (the call is idempotent). */
export interface PublishRunResult {
  readonly created: boolean;
  readonly run: RunDetail;
}
