import type { Knex } from 'knex';
import { SHARED_GROUP, type PlatformSloReport, type SloGroupBy } from './types';
import {
  OVERALL,
  sloAggregates,
  type DurationThresholds,
  type GroupAggregates,
  type SloScope,
} from './aggregates';
import { doraMetrics } from './dora';
import { judgeSlos } from './judge';
import type { Objectives } from './objectives';

/** What the report needs of a project to group SLOs by layer, owner or service. */
export interface GroupableProject {
  readonly name: string;
  readonly layer: string;
  readonly owner?: string | null;
  /** The service folder it belongs to (`services/<service>/`); null or absent for shared infrastructure. */
  readonly service?: string | null;
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

/** A project's group for `groupBy`: orphans are `unowned`, shared infrastructure is `(shared)` by service. */
function groupOf(project: GroupableProject, groupBy: SloGroupBy): string {
  switch (groupBy) {
    case 'layer':
      return project.layer;
    case 'owner':
      return project.owner ?? 'unowned';
    case 'service':
      return project.service ?? SHARED_GROUP;
  }
}

/** The project → group mapping for `groupBy` from the workspace snapshot. */
function projectGroups(
  projects: readonly GroupableProject[],
  groupBy: SloGroupBy | null,
): Map<string, string> {
  if (groupBy === null) return new Map();
  return new Map(projects.map((p) => [p.name, groupOf(p, groupBy)]));
}

/** Computes the aggregates of a scope: `sloAggregates` over the ledger, or a rollup that gives the same answer. */
export type SloAggregator = (
  scope: SloScope,
  thresholds: DurationThresholds,
) => Promise<Map<string, GroupAggregates>>;

/**
 * `GET /slo/platform`: every platform SLO overall and, with `groupBy`, per layer, owner or service, with the four
 * DORA keys beside them.
 */
export async function platformSloReport(
  knex: Knex,
  projects: readonly GroupableProject[],
  objectives: Objectives,
  request: PlatformSloRequest,
  aggregate: SloAggregator = (scope, thresholds) => sloAggregates(knex, scope, thresholds),
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
  const aggregates = await aggregate(
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
    dora: {
      overall: doraMetrics(OVERALL, aggregates.get(OVERALL)!, request.windowMs),
      groups: groups.map(([key, aggregates]) => doraMetrics(key, aggregates, request.windowMs)),
    },
  };
}
