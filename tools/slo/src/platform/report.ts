import type { Knex } from 'knex';
import type { PlatformSloReport, SloGroupBy } from '@stratum/plugin-stratum-common';
import { OVERALL, sloAggregates } from './aggregates';
import { judgeSlos } from './judge';
import type { Objectives } from './objectives';

/** What the report needs of a project to group SLOs by layer or owner. */
export interface GroupableProject {
  readonly name: string;
  readonly layer: string;
  readonly owner?: string | null;
}

export interface PlatformSloRequest {
  readonly env?: string;
  readonly windowMs: number;
  readonly windowText: string;
  readonly groupBy: SloGroupBy | null;
  readonly now: number;
  /** See `SloScope.commitsTable`. @default none: lead time has no samples */
  readonly commitsTable?: string;
}

/** The project → group mapping for `groupBy` (layer or owner) from the workspace; orphans are `unowned`. */
function projectGroups(
  projects: readonly GroupableProject[],
  groupBy: SloGroupBy | null,
): Map<string, string> {
  if (groupBy === null) return new Map();
  return new Map(projects.map((p) => [p.name, groupBy === 'layer' ? p.layer : (p.owner ?? 'unowned')]));
}

/** `GET /slo/platform`: every platform SLO overall and, with `groupBy`, per layer or owner. */
export async function platformSloReport(
  knex: Knex,
  projects: readonly GroupableProject[],
  objectives: Objectives,
  request: PlatformSloRequest,
): Promise<PlatformSloReport> {
  const since = request.now - request.windowMs;
  const thresholds = {
    leadTime: objectives.values.leadTime,
    rollbackTime: objectives.values.rollbackTime,
    mttr: objectives.values.mttr,
  };
  const base = {
    env: request.env,
    since,
    until: request.now + 1,
    ...(request.commitsTable !== undefined ? { commitsTable: request.commitsTable } : {}),
  };
  const aggregates = await sloAggregates(
    knex,
    { ...base, groupBy: request.groupBy, projectGroups: projectGroups(projects, request.groupBy) },
    thresholds,
  );
  const groups = [...aggregates].filter(([key]) => key !== OVERALL);
  return {
    env: request.env ?? null,
    window: request.windowText,
    windowStart: new Date(since).toISOString(),
    windowEnd: new Date(request.now).toISOString(),
    groupBy: request.groupBy,
    objectivesFile: objectives.file,
    overall: judgeSlos(aggregates.get(OVERALL)!, objectives.values),
    groups: groups.map(([key, aggregates]) => ({ key, slos: judgeSlos(aggregates, objectives.values) })),
  };
}
