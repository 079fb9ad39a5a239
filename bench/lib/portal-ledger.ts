import { newRunId, openLedger } from '@stratum/ledger';
import { COMMITS_TABLE, migratePortalTables } from '@stratum/plugin-stratum-backend';
import { seededRandom as random } from '@stratum/testing';

const DAY = 86_400_000;
export const PORTAL_BENCH_ENVS = ['dev', 'staging', 'prod', 'local'];

export interface PortalLedgerShape {
  /** Deploy runs, evenly spread over `days` up to `now`, round-robin over the four environments. */
  readonly runs: number;
  /** Stack events per run (half the touched projects, two events each). */
  readonly eventsPerRun: number;
  readonly days: number;
  readonly now: number;
}

/**
 * Writes a generated ledger at `connection` (SQLite path or postgres:// URL): deploy runs with 85% successes, failures,
 * rollbacks, their stack events over `projects`, and a commit time per sha in the portal's commits table (`commits`
 * says where that table lives; by default the ledger). Returns the number of stack events written.
 */
export async function fillPortalLedger(
  connection: string,
  root: string,
  projects: readonly { name: string; layer: string }[],
  shape: PortalLedgerShape,
  onCommits?: (rows: readonly Record<string, unknown>[]) => Promise<void>,
): Promise<number> {
  const ledger = await openLedger(connection, { root });
  await migratePortalTables(ledger.knex);
  const rand = random(42);
  const start = shape.now - shape.days * DAY;
  let events = 0;
  const batch = 5_000;
  try {
    for (let from = 0; from < shape.runs; from += batch) {
      const runRows: Record<string, unknown>[] = [];
      const eventRows: Record<string, unknown>[] = [];
      const commitRows: Record<string, unknown>[] = [];
      for (let i = from; i < Math.min(shape.runs, from + batch); i++) {
        const startedAt = start + Math.floor((i * shape.days * DAY) / shape.runs);
        const roll = rand();
        const status =
          roll < 0.85 ? 'succeeded' : roll < 0.9 ? 'failed' : roll < 0.98 ? 'rolled_back' : 'rollback_failed';
        const id = newRunId(new Date(startedAt));
        // every third run re-deploys an earlier sha (a re-run or a promotion to the next environment)
        const sha = (i % 3 === 2 ? i - 1 : i).toString(16).padStart(40, '0');
        const env = PORTAL_BENCH_ENVS[i % PORTAL_BENCH_ENVS.length]!;
        const first = Math.floor(rand() * projects.length);
        const touched = Array.from(
          { length: shape.eventsPerRun / 2 },
          (_, k) => projects[(first + k) % projects.length]!,
        );
        const statuses =
          status === 'succeeded'
            ? ['applying', 'succeeded']
            : ['failed', status === 'failed' ? 'skipped' : status];
        let seq = 0;
        for (const [k, project] of touched.entries()) {
          for (const [j, s] of statuses.entries()) {
            seq += 1;
            eventRows.push({
              run_id: id,
              seq,
              env,
              project: project.name,
              stack: project.name,
              layer: project.layer,
              region: null,
              status: k === 0 || status === 'succeeded' ? s : j === 0 ? 'applying' : 'succeeded',
              at: startedAt + seq * 20_000,
              terraform_exit_code: 0,
              plan_adds: 1,
              plan_changes: 0,
              plan_destroys: 0,
              artifact_hash: null,
              error: null,
            });
          }
        }
        events += seq;
        runRows.push({
          id,
          kind: 'deploy',
          env,
          git_sha: sha,
          base_ref: null,
          actor: 'bench',
          trigger: 'ci',
          host: 'bench',
          pid: 1,
          started_at: startedAt,
          finished_at: startedAt + (seq + 1) * 20_000,
          status,
          error: status === 'succeeded' ? null : 'bench failure',
          event_count: seq,
        });
        if (i % 3 !== 2) {
          commitRows.push({
            git_sha: sha,
            committed_at: startedAt - Math.floor(rand() * DAY),
            source: 'git',
            resolved_at: shape.now,
          });
        }
      }
      await ledger.knex.transaction(async (trx) => {
        await trx.batchInsert('runs', runRows, 500);
        await trx.batchInsert('stack_events', eventRows, 500);
        if (!onCommits) await trx.batchInsert(COMMITS_TABLE, commitRows, 500);
      });
      if (onCommits) await onCommits(commitRows);
    }
  } finally {
    await ledger.close();
  }
  return events;
}
