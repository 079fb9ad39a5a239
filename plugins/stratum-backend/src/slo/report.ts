import type { Knex } from 'knex';
import { SHARED_GROUP, type PlatformSloReport, type PortalProject } from '@stratum/plugin-stratum-common';
import {
  platformSloReport as report,
  sloAggregates,
  type Objectives,
  type PlatformSloRequest,
} from '@stratum/slo';
import { COMMITS_TABLE } from '../ledger/migrations';
import { projectMappings, type SloRollup } from './rollup/rollup';

export type { PlatformSloRequest } from '@stratum/slo';

/**
 * `GET /slo/platform`: the report of @stratum/slo, with lead time from the portal's commit table; from `rollup`
 * while it is fresh, from the raw queries otherwise.
 */
export function platformSloReport(
  knex: Knex,
  projects: readonly PortalProject[],
  objectives: Objectives,
  request: PlatformSloRequest,
  rollup?: SloRollup,
): Promise<PlatformSloReport> {
  const mappings = rollup ? projectMappings(projects, SHARED_GROUP) : undefined;
  return report(
    knex,
    projects,
    objectives,
    { commitsTable: COMMITS_TABLE, ...request },
    async (scope, thresholds) => {
      const rolled = rollup && mappings ? await rollup.aggregates(scope, thresholds, mappings) : undefined;
      return rolled ?? sloAggregates(knex, scope, thresholds);
    },
  );
}
