import { Ledger } from '@stratum/ledger';
import type { PublishRun } from '@stratum/plugin-stratum-common';
import type { Knex } from 'knex';
import { recordCommitTime } from './commits';

/**
 * Stores a run published by a CI runner, with its stack events in order, in one transaction; returns false (and
 * writes nothing) when the ledger already holds the run id, so publishing is idempotent.
 */
export async function publishRun(knex: Knex, run: PublishRun, now: number): Promise<boolean> {
  try {
    return await knex.transaction(async (trx) => {
      const existing = await trx('runs').where({ id: run.id }).first('id');
      if (existing) return false;
      const ledger = new Ledger(trx, { host: run.host, pid: run.pid });
      await ledger.createRun({
        id: run.id,
        kind: run.kind,
        env: run.env,
        gitSha: run.gitSha,
        baseRef: run.baseRef ?? null,
        actor: run.actor,
        trigger: run.trigger,
        host: run.host,
        pid: run.pid,
        startedAt: new Date(run.startedAt),
      });
      for (const event of run.events) {
        await ledger.recordStackEvent(run.id, {
          project: event.project,
          stack: event.stack,
          layer: event.layer,
          region: event.region ?? null,
          status: event.status,
          at: new Date(event.at),
          terraformExitCode: event.terraformExitCode ?? null,
          plan: event.plan ?? null,
          artifactHash: event.artifactHash ?? null, // names the artifact in the runner's ledger
          error: event.error ?? null,
        });
      }
      if (run.status !== 'running') {
        await ledger.finishRun(run.id, {
          status: run.status,
          error: run.error ?? null,
          finishedAt: new Date(run.finishedAt ?? run.startedAt),
        });
      }
      if (run.committedAt) await recordCommitTime(trx, run.gitSha, Date.parse(run.committedAt), now);
      return true;
    });
  } catch (error) {
    // Two publishers of the same run at once: the loser's insert hits the primary key; the run is there, as asked.
    const stored = await knex('runs').where({ id: run.id }).first('id');
    if (stored) return false;
    throw error;
  }
}
