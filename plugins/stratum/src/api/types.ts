import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AdoptionReport,
  BreakGlassRuns,
  ComplianceReport,
  PendingPromotions,
  PortalApprovalResult,
  ImpactReport,
  OrphanReport,
  PlatformSloReport,
  ProjectDrift,
  RunDetail,
  RunKind,
  RunPage,
  RunStatus,
  ServiceSloReport,
  SloGroupBy,
  SloTrend,
  StackHistory,
} from '@stratum/plugin-stratum-common';

/** Filters of `listRuns`; every field optional (the backend defaults `limit` to 50). */
export interface RunFilter {
  readonly env?: string;
  readonly status?: RunStatus;
  readonly kind?: RunKind;
  /** Owner group name without `group:`; keeps runs that touched one of its projects. */
  readonly owner?: string;
  /** Page size, 1 to 500. */
  readonly limit?: number;
  /** The `nextCursor` of the previous page. */
  readonly cursor?: string;
}

export interface SloFilter {
  readonly env?: string;
  /** A duration such as `30d`; the objectives file's default window when left out. */
  readonly window?: string;
  readonly groupBy?: SloGroupBy;
}

export interface TrendFilter {
  readonly env?: string;
  readonly window?: string;
  /** Bucket size such as `1d` (at least `1h`). */
  readonly bucket?: string;
}

/** What the Stratum pages read from the stratum backend plugin (`/api/stratum`). */
export interface StratumApi {
  /** `GET /runs`: newest first, one page. */
  listRuns(filter?: RunFilter): Promise<RunPage>;
  /** `GET /runs/:id`: the run and its stack events. */
  getRun(id: string): Promise<RunDetail>;
  /** `GET /stacks/:project/history`: the project's stack events in one environment, newest first. */
  getStackHistory(project: string, env: string, limit?: number): Promise<StackHistory>;
  /** `GET /stacks/:project/drift`: the last drift check of an environment as it concerns the project. */
  getProjectDrift(project: string, env: string): Promise<ProjectDrift>;
  /** `GET /slo/platform`. */
  getPlatformSlos(filter?: SloFilter): Promise<PlatformSloReport>;
  /** `GET /slo/platform/trend`. */
  getSloTrend(filter?: TrendFilter): Promise<SloTrend>;
  /** `GET /slo/services/:service`: the live error budgets of `services/<service>/slo.yaml` from Prometheus. */
  getServiceSlos(service: string, filter?: { readonly env?: string }): Promise<ServiceSloReport>;
  /** `GET /adoption`: every service's phase and the checks behind it. */
  getAdoption(): Promise<AdoptionReport>;
  /** `GET /impact?project=`: what a change to the project reaches. */
  getImpact(project: string): Promise<ImpactReport>;
  /** `GET /orphans`: projects without a resolvable owner, and workspace problems. */
  getOrphans(): Promise<OrphanReport>;
  /** `GET /compliance?env=`: the newest `stratum compliance` check of an environment, findings by owner. */
  getCompliance(env: string): Promise<ComplianceReport>;
  /** `GET /promotions/pending`: per gated environment, the shas waiting to be promoted and their approvals. */
  getPendingPromotions(): Promise<PendingPromotions>;
  /** `POST /promotions/approvals`: approve as the signed-in user (signed by the portal's key). */
  approvePromotion(env: string, gitSha: string): Promise<PortalApprovalResult>;
  /** `GET /break-glass`: break-glass runs still waiting for an approval after the fact. */
  getBreakGlassRuns(): Promise<BreakGlassRuns>;
  /** `POST /break-glass/:id/approvals`: approve a break-glass run after the fact as the signed-in user. */
  approveBreakGlassRun(runId: string): Promise<PortalApprovalResult>;
}

export const stratumApiRef = createApiRef<StratumApi>({ id: 'plugin.stratum.service' });
