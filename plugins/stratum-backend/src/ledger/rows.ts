import type { Run, RunKind, RunStatus } from '@stratum/plugin-stratum-common';

/** PostgreSQL returns bigint columns and counts as strings; SQLite returns numbers. */
export type DbNumber = number | string | bigint;

export function num(value: DbNumber): number {
  return typeof value === 'number' ? value : Number(value);
}

export function numOrNull(value: DbNumber | null | undefined): number | null {
  return value === null || value === undefined ? null : num(value);
}

/** A row of the ledger's `runs` table. */
export interface RunRow {
  id: string;
  kind: string;
  env: string;
  git_sha: string;
  base_ref: string | null;
  actor: string;
  trigger: string;
  host: string;
  pid: DbNumber;
  started_at: DbNumber;
  finished_at: DbNumber | null;
  status: string;
  error: string | null;
  event_count: DbNumber;
}

/** The ledger's `runs` row as the API's Run (same shape as @stratum/ledger's RunRecord). */
export function toRun(row: RunRow): Run {
  return {
    id: row.id,
    kind: row.kind as RunKind,
    env: row.env,
    gitSha: row.git_sha,
    baseRef: row.base_ref,
    actor: row.actor,
    trigger: row.trigger,
    host: row.host,
    pid: num(row.pid),
    startedAt: new Date(num(row.started_at)).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(num(row.finished_at)).toISOString(),
    status: row.status as RunStatus,
    error: row.error,
    eventCount: num(row.event_count),
  };
}
