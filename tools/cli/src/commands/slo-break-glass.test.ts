import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openLedger } from '@stratum/ledger';
import { OVERALL, sloAggregates } from '@stratum/slo';

test('break-glass runs count in the platform SLOs like every other deploy (success rate, failures, restores)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stratum-slo-glass-'));
  const ledger = await openLedger(join(dir, 'ledger.db'), { root: dir });
  try {
    const now = Date.now();
    const runs = [
      { status: 'succeeded', breakGlassReason: null, at: now - 3_600_000 },
      { status: 'rolled_back', breakGlassReason: 'payments outage, hotfix now', at: now - 1_800_000 },
      { status: 'succeeded', breakGlassReason: 'second try of the hotfix', at: now - 600_000 },
    ] as const;
    for (const run of runs) {
      const created = await ledger.createRun({
        env: 'prod',
        gitSha: 'abc',
        actor: 'ada',
        trigger: 'cli',
        breakGlassReason: run.breakGlassReason,
        startedAt: new Date(run.at),
      });
      await ledger.finishRun(created.id, { status: run.status, finishedAt: new Date(run.at + 60_000) });
    }
    const aggregates = await sloAggregates(
      ledger.knex,
      { env: 'prod', since: now - 86_400_000, until: now + 1, groupBy: null, projectGroups: new Map() },
      { leadTime: 86_400_000, rollbackTime: 1_800_000, mttr: 14_400_000 },
    );
    const overall = aggregates.get(OVERALL)!;
    assert.deepEqual(
      [overall.finished, overall.succeeded, overall.rolledBack, overall.incidents, overall.recovered],
      [3, 2, 1, 1, 1],
    );
  } finally {
    await ledger.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
