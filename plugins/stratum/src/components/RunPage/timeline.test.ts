import { failedRun } from '../../testing/runs';
import { stackSpans, timelineRows } from './timeline';

describe('stackSpans', () => {
  it('gives each stack its deploy span, its final status and its rollback span, in start order', () => {
    const spans = stackSpans(failedRun());
    expect(
      spans.map(({ label, status, deployStatus, start, end, rollback }) => ({
        label,
        status,
        deployStatus,
        start,
        end,
        rollback,
      })),
    ).toEqual([
      {
        label: 'network',
        status: 'rolled_back',
        deployStatus: 'succeeded',
        start: 1000,
        end: 20_000,
        rollback: { start: 42_000, end: 60_000 },
      },
      {
        label: 'payments-data',
        status: 'failed',
        deployStatus: 'failed',
        start: 21_000,
        end: 40_000,
        rollback: null,
      },
      {
        label: 'payments-app',
        status: 'skipped',
        deployStatus: 'skipped',
        start: 41_000,
        end: 41_000,
        rollback: null,
      },
    ]);
    expect(spans[1]!.error).toMatch(/ResourceInUseException/);
    expect(spans[0]!.plan).toEqual({ adds: 2, changes: 1, destroys: 0 });
  });

  it('labels a stack by project and stack when they differ', () => {
    const run = failedRun();
    const events = run.events.map((e) =>
      e.project === 'network' ? { ...e, stack: 'network-us-east-1' } : e,
    );
    expect(stackSpans({ ...run, events })[0]!.label).toBe('network/network-us-east-1');
  });
});

describe('timelineRows', () => {
  it('stacks a transparent offset, the deploy part, a gap and the rollback part, in seconds', () => {
    const rows = timelineRows(stackSpans(failedRun()), 0.6);
    expect(rows).toEqual([
      {
        label: 'network',
        status: 'rolled_back',
        deployStatus: 'succeeded',
        offset: 1,
        deploy: 19,
        gap: 22,
        rollback: 18,
      },
      {
        label: 'payments-data',
        status: 'failed',
        deployStatus: 'failed',
        offset: 21,
        deploy: 19,
        gap: 0,
        rollback: 0,
      },
      // a skipped stack has one event: drawn at the minimum width so it shows
      {
        label: 'payments-app',
        status: 'skipped',
        deployStatus: 'skipped',
        offset: 41,
        deploy: 0.6,
        gap: 0,
        rollback: 0,
      },
    ]);
  });
});
