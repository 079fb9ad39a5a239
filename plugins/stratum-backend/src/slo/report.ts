import type { Knex } from 'knex';
import type { PlatformSloReport, PortalProject } from '@stratum/plugin-stratum-common';
import { platformSloReport as report, type Objectives, type PlatformSloRequest } from '@stratum/slo';
import { COMMITS_TABLE } from '../ledger/migrations';

export type { PlatformSloRequest } from '@stratum/slo';

/** `GET /slo/platform`: the report of @stratum/slo, with lead time from the portal's commit table. */
export function platformSloReport(
  knex: Knex,
  projects: readonly PortalProject[],
  objectives: Objectives,
  request: PlatformSloRequest,
): Promise<PlatformSloReport> {
  return report(knex, projects, objectives, { commitsTable: COMMITS_TABLE, ...request });
}
