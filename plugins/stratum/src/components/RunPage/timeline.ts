import type { RunDetail, StackEvent, StackStatus } from '@stratum/plugin-stratum-common';

const ROLLBACK_STATUSES: readonly StackStatus[] = ['rolling_back', 'rolled_back', 'rollback_failed'];

/** One stack of a run on the timeline; times in milliseconds from the run's start. */
export interface StackSpan {
  /** `project/stack`, or the stack alone when both are the same. */
  readonly label: string;
  readonly project: string;
  readonly stack: string;
  readonly layer: string;
  readonly region: string | null;
  /** The stack's last status in the run. */
  readonly status: StackStatus;
  /** Status at the end of the deploy part (before any rollback), the colour of its bar. */
  readonly deployStatus: StackStatus;
  readonly start: number;
  /** End of the deploy part (its last event before any rollback). */
  readonly end: number;
  /** The rollback part, when the stack was rolled back. */
  readonly rollback: { readonly start: number; readonly end: number } | null;
  /** Terraform's error text, from the last event that carried one. */
  readonly error: string | null;
  readonly plan: StackEvent['plan'];
}

/** The run's stacks in the order they started (ties by label), each with its deploy and rollback spans. */
export function stackSpans(run: RunDetail): StackSpan[] {
  const t0 = Date.parse(run.startedAt);
  const byStack = new Map<string, StackEvent[]>();
  for (const event of run.events) {
    const key = `${event.project}\u0000${event.stack}`;
    byStack.set(key, [...(byStack.get(key) ?? []), event]);
  }
  const spans = [...byStack.values()].map((events): StackSpan => {
    const sorted = [...events].sort((a, b) => a.seq - b.seq);
    const first = sorted[0]!;
    const last = sorted[sorted.length - 1]!;
    const at = (e: StackEvent) => Date.parse(e.at) - t0;
    const rollbackIndex = sorted.findIndex((e) => ROLLBACK_STATUSES.includes(e.status));
    const deploy = rollbackIndex === -1 ? sorted : sorted.slice(0, rollbackIndex);
    const rollback = rollbackIndex === -1 ? [] : sorted.slice(rollbackIndex);
    const deployEnd = deploy.length > 0 ? at(deploy[deploy.length - 1]!) : at(first);
    return {
      label: first.project === first.stack ? first.stack : `${first.project}/${first.stack}`,
      project: first.project,
      stack: first.stack,
      layer: first.layer,
      region: first.region,
      status: last.status,
      deployStatus: (deploy[deploy.length - 1] ?? first).status,
      start: at(first),
      end: deployEnd,
      rollback:
        rollback.length > 0 ? { start: at(rollback[0]!), end: at(rollback[rollback.length - 1]!) } : null,
      error: [...sorted].reverse().find((e) => e.error)?.error ?? null,
      plan: [...sorted].reverse().find((e) => e.plan)?.plan ?? null,
    };
  });
  return spans.sort((a, b) => a.start - b.start || a.label.localeCompare(b.label));
}

/** One bar row for recharts: transparent offsets stacked with the visible deploy and rollback parts. */
export interface TimelineRow {
  readonly label: string;
  readonly status: StackStatus;
  readonly deployStatus: StackStatus;
  readonly offset: number;
  readonly deploy: number;
  readonly gap: number;
  readonly rollback: number;
}

/**
 * Rows for a horizontal stacked bar chart in seconds from the run's start. A part shorter than `minSeconds` (a skipped
 * stack has a single event) is drawn `minSeconds` wide so it stays visible.
 */
export function timelineRows(spans: readonly StackSpan[], minSeconds: number): TimelineRow[] {
  return spans.map((span) => {
    const offset = span.start / 1000;
    const deploy = Math.max((span.end - span.start) / 1000, minSeconds);
    const rollbackStart = span.rollback ? Math.max(span.rollback.start / 1000, offset + deploy) : 0;
    return {
      label: span.label,
      status: span.status,
      deployStatus: span.deployStatus,
      offset,
      deploy,
      gap: span.rollback ? rollbackStart - offset - deploy : 0,
      rollback: span.rollback ? Math.max(span.rollback.end / 1000 - rollbackStart, minSeconds) : 0,
    };
  });
}
