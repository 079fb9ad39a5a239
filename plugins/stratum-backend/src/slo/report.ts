import type { Knex } from 'knex';
import type { PlatformSloReport, PortalProject, SloGroupBy } from '@stratum/plugin-stratum-common';
import type { Objectives } from './objectives';
import { judgeSlos } from './compute';
import { OVERALL, sloAggregates } from './queries';

export interface PlatformSloRequest {
  readonly env?: string;
  readonly windowMs: number;
  readonly windowText: string;
  readonly groupBy: SloGroupBy | null;
  readonly now: number;
}

/** The project → group mapping for `groupBy` (layer or owner) from the workspace; orphans are `unowned`. */
function projectGroups(projects: readonly PortalProject[], groupBy: SloGroupBy | null): Map<string, string> {
  if (groupBy === null) return new Map();
  return new Map(projects.map((p) => [p.name, groupBy === 'layer' ? p.layer : (p.owner ?? 'unowned')]));
}

/** `GET /slo/platform`: every platform SLO overall and, with `groupBy`, per layer or owner. */
export async function platformSloReport(
  knex: Knex,
  projects: readonly PortalProject[],
  objectives: Objectives,
  request: PlatformSloRequest,
): Promise<PlatformSloReport> {
  const since = request.now - request.windowMs;
  const thresholds = {
    leadTime: objectives.values.leadTime,
    rollbackTime: objectives.values.rollbackTime,
    mttr: objectives.values.mttr,
  };
  const base = { env: request.env, since, until: request.now + 1 };
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
