import type { Knex } from 'knex';
import type { PlatformSloReport, SloResult } from './types';
import { PORTAL_COMMITS_TABLE } from './aggregates';
import { DEFAULT_OBJECTIVES_FILE, ObjectivesFile } from './objectives';
import { platformSloReport } from './report';

/** Spent: breached, or no budget left (0 included: the next bad sample breaches). No data is not spent. */
export function budgetSpent(slo: SloResult): boolean {
  if (slo.status === 'no_data') return false;
  return slo.status === 'breached' || (slo.remainingErrorBudget !== null && slo.remainingErrorBudget <= 0);
}

export interface PlatformSloGateRequest {
  /** The workspace root (the objectives file is relative to it). */
  readonly root: string;
  readonly env: string;
  /** @default DEFAULT_OBJECTIVES_FILE */
  readonly objectivesFile?: string;
  /** @default the objectives file's window */
  readonly window?: { readonly ms: number; readonly text: string };
  readonly now: number;
}

export interface PlatformSloGate {
  readonly report: PlatformSloReport;
  /** The overall SLOs whose error budget is spent: a promotion into the environment waits while any is. */
  readonly spent: readonly SloResult[];
}

/** The platform SLO gate of one environment (`stratum slo check`, and `stratum promote` before its first region). */
export async function platformSloGate(knex: Knex, request: PlatformSloGateRequest): Promise<PlatformSloGate> {
  const objectives = new ObjectivesFile(
    request.root,
    request.objectivesFile ?? DEFAULT_OBJECTIVES_FILE,
  ).read();
  const window = request.window ?? objectives.defaultWindow;
  const hasCommits = await knex.schema.hasTable(PORTAL_COMMITS_TABLE);
  const report = await platformSloReport(knex, [], objectives, {
    env: request.env,
    windowMs: window.ms,
    windowText: window.text,
    groupBy: null,
    now: request.now,
    ...(hasCommits ? { commitsTable: PORTAL_COMMITS_TABLE } : {}),
  });
  return { report, spent: report.overall.filter(budgetSpent) };
}
