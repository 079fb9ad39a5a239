import {
  sloAggregates as aggregates,
  type DurationThresholds,
  type GroupAggregates,
  type SloScope,
} from '@stratum/slo';
import type { Knex } from 'knex';
import { COMMITS_TABLE } from '../ledger/migrations';

export {
  OVERALL,
  type DurationStats,
  type DurationThresholds,
  type GroupAggregates,
  type SloScope,
} from '@stratum/slo';

/** The platform SLO aggregates of @stratum/slo, with lead time from the portal's commit table. */
export function sloAggregates(
  knex: Knex,
  scope: SloScope,
  thresholds: DurationThresholds,
): Promise<Map<string, GroupAggregates>> {
  return aggregates(knex, { commitsTable: COMMITS_TABLE, ...scope }, thresholds);
}
