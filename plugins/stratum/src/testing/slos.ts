import type { DoraMetrics, PlatformSloReport, SloResult, SloTrend } from '@stratum/plugin-stratum-common';

export function slo(overrides: Partial<SloResult> = {}): SloResult {
  return {
    id: 'deploymentSuccessRate',
    name: 'Deployment success rate',
    description: 'Deploy runs that succeeded, of all finished deploy runs in the window.',
    kind: 'ratio-min',
    unit: 'ratio',
    value: 0.9,
    p50: null,
    p90: null,
    objective: 0.95,
    samples: 10,
    bad: 1,
    remainingErrorBudget: -1,
    status: 'breached',
    ...overrides,
  };
}

export const LEAD_TIME = slo({
  id: 'leadTime',
  name: 'Lead time',
  description: 'Commit to successful deploy.',
  kind: 'p90-max',
  unit: 'ms',
  value: 3_600_000,
  p50: 1_200_000,
  p90: 3_600_000,
  objective: 86_400_000,
  samples: 8,
  bad: 0,
  remainingErrorBudget: 1,
  status: 'met',
});

export function sloReport(overrides: Partial<PlatformSloReport> = {}): PlatformSloReport {
  return {
    env: null,
    window: '30d',
    windowStart: '2026-03-01T00:00:00.000Z',
    windowEnd: '2026-03-31T00:00:00.000Z',
    groupBy: null,
    objectivesFile: 'tools/portal/platform-slos.yaml',
    overall: [slo(), LEAD_TIME],
    groups: [],
    dora: { overall: dora({ key: '*' }), groups: [] },
    ...overrides,
  };
}

/** The DORA keys of one group: 4 deploys in 30 days, lead time p50 20m / p90 1h, 1 of 5 rolled back, 1h to restore. */
export function dora(overrides: Partial<DoraMetrics> = {}): DoraMetrics {
  return {
    key: 'payments',
    deploys: 4,
    deploysPerDay: 0.1333,
    leadTime: { p50: 1_200_000, p90: 3_600_000, samples: 3 },
    changeFailureRate: 0.2,
    finished: 5,
    mttr: 3_600_000,
    incidents: 1,
    recovered: 1,
    ...overrides,
  };
}

export function trend(env: string, deploys: number[]): SloTrend {
  return {
    env,
    window: '30d',
    bucket: '1d',
    points: deploys.map((count, i) => ({
      start: new Date(Date.parse('2026-03-01T00:00:00Z') + i * 86_400_000).toISOString(),
      deploys: count,
      succeeded: count,
      rolledBack: 0,
      successRate: count === 0 ? null : 1,
      changeFailureRate: count === 0 ? null : 0,
    })),
  };
}
