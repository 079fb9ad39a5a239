import type { Knex } from 'knex';
import type { SloTrendPoint } from '@stratum/plugin-stratum-common';
import { num, type DbNumber } from '../ledger/rows';

export interface TrendScope {
  readonly env?: string;
  readonly since: number;
  readonly until: number;
  readonly bucketMs: number;
}

/** Deploy outcomes per time bucket (one SQL `group by` on the bucket number), oldest first, empty buckets included. */
export async function deployTrend(knex: Knex, scope: TrendScope): Promise<SloTrendPoint[]> {
  const q = knex('runs')
    .select(knex.raw('cast((started_at - ?) / ? as integer) as bucket', [scope.since, scope.bucketMs]))
    .count({ deploys: '*' })
    .select(knex.raw("sum(case when status = 'succeeded' then 1 else 0 end) as succeeded"))
    .select(
      knex.raw(
        "sum(case when status in ('rolled_back', 'rollback_failed') then 1 else 0 end) as rolled_back",
      ),
    )
    .where('kind', 'deploy')
    .whereNot('status', 'running')
    .where('started_at', '>=', scope.since)
    .where('started_at', '<', scope.until)
    .groupBy('bucket');
  if (scope.env !== undefined) q.where('env', scope.env);
  const rows = (await q) as unknown as {
    bucket: DbNumber;
    deploys: DbNumber;
    succeeded: DbNumber;
    rolled_back: DbNumber;
  }[];
  const byBucket = new Map(rows.map((row) => [num(row.bucket), row]));
  const buckets = Math.ceil((scope.until - scope.since) / scope.bucketMs);
  const points: SloTrendPoint[] = [];
  for (let b = 0; b < buckets; b++) {
    const row = byBucket.get(b);
    const deploys = row ? num(row.deploys) : 0;
    const succeeded = row ? num(row.succeeded) : 0;
    const rolledBack = row ? num(row.rolled_back) : 0;
    points.push({
      start: new Date(scope.since + b * scope.bucketMs).toISOString(),
      deploys,
      succeeded,
      rolledBack,
      successRate: deploys === 0 ? null : succeeded / deploys,
      changeFailureRate: deploys === 0 ? null : rolledBack / deploys,
    });
  }
  return points;
}
