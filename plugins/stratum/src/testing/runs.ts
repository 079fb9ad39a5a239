import type { Run, RunDetail, StackEvent, StackHistoryEntry } from '@stratum/plugin-stratum-common';

export const RUN_ID = '01JD0000010000000000000000';

export function run(overrides: Partial<Run> = {}): Run {
  return {
    id: RUN_ID,
    kind: 'deploy',
    env: 'prod',
    gitSha: 'abc1234def5678900000000000000000000000000',
    baseRef: null,
    actor: 'ci-bot',
    trigger: 'ci',
    host: 'runner-1',
    pid: 42,
    startedAt: '2026-03-01T10:00:00.000Z',
    finishedAt: '2026-03-01T10:05:00.000Z',
    status: 'succeeded',
    error: null,
    eventCount: 0,
    ...overrides,
  };
}

let seq = 0;
/** One stack event of run RUN_ID, `second` seconds after the run started. */
export function stackEvent(
  project: string,
  layer: string,
  status: StackEvent['status'],
  second: number,
  extra: Partial<StackEvent> = {},
): StackEvent {
  seq += 1;
  return {
    runId: RUN_ID,
    seq,
    env: 'prod',
    project,
    stack: project,
    layer,
    region: 'eu-west-1',
    status,
    at: new Date(Date.parse('2026-03-01T10:00:00.000Z') + second * 1000).toISOString(),
    terraformExitCode: null,
    plan: null,
    artifactHash: null,
    error: null,
    ...extra,
  };
}

/**
 * A deploy that failed on payments-data: network succeeded, payments-data failed with terraform's error,
 * payments-app was skipped, and network was rolled back.
 */
export function failedRun(): RunDetail {
  seq = 0;
  const events = [
    stackEvent('network', 'infrastructure', 'applying', 1),
    stackEvent('network', 'infrastructure', 'succeeded', 20, { plan: { adds: 2, changes: 1, destroys: 0 } }),
    stackEvent('payments-data', 'data', 'applying', 21),
    stackEvent('payments-data', 'data', 'failed', 40, {
      terraformExitCode: 1,
      error: 'Error: creating DynamoDB Table (payments): ResourceInUseException',
    }),
    stackEvent('payments-app', 'application', 'skipped', 41),
    stackEvent('network', 'infrastructure', 'rolling_back', 42),
    stackEvent('network', 'infrastructure', 'rolled_back', 60),
  ];
  return {
    ...run({
      status: 'rolled_back',
      error: 'payments-data failed; rolled back 1 stack',
      eventCount: events.length,
    }),
    events,
  };
}

/** One entry of a stack history: `status` of `project` in run `runId` at `at`. */
export function historyEntry(
  project: string,
  status: StackEvent['status'],
  at: string,
  runId = RUN_ID,
): StackHistoryEntry {
  return {
    runId,
    seq: 1,
    env: 'prod',
    project,
    stack: project,
    layer: 'application',
    region: 'eu-west-1',
    status,
    at,
    terraformExitCode: null,
    plan: null,
    artifactHash: null,
    error: null,
    gitSha: 'abc1234def',
    actor: 'ci-bot',
    runStatus: status === 'failed' ? 'failed' : 'succeeded',
  };
}
