import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  AdoptionReport,
  BreakGlassRuns,
  PendingPromotions,
  PortalApprovalResult,
  ComplianceReport,
  ImpactReport,
  OrphanReport,
  PlatformSloReport,
  ProjectDrift,
  RunDetail,
  RunPage,
  ServiceSloReport,
  SloTrend,
  StackHistory,
} from '@stratum/plugin-stratum-common';
import type { RunFilter, SloFilter, StratumApi, TrendFilter } from './types';

type ErrorResponse = Parameters<typeof ResponseError.fromResponse>[0];
type Query = Readonly<Record<string, string | number | undefined>>;

/** Talks to the stratum backend plugin through Backstage's discovery and (authenticated) fetch APIs. */
export class StratumClient implements StratumApi {
  readonly #discoveryApi: DiscoveryApi;
  readonly #fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetchApi = options.fetchApi;
  }

  listRuns(filter: RunFilter = {}): Promise<RunPage> {
    return this.#get('/runs', { ...filter });
  }

  getRun(id: string): Promise<RunDetail> {
    return this.#get(`/runs/${encodeURIComponent(id)}`);
  }

  getStackHistory(project: string, env: string, limit?: number): Promise<StackHistory> {
    return this.#get(`/stacks/${encodeURIComponent(project)}/history`, { env, limit });
  }

  getProjectDrift(project: string, env: string): Promise<ProjectDrift> {
    return this.#get(`/stacks/${encodeURIComponent(project)}/drift`, { env });
  }

  getPlatformSlos(filter: SloFilter = {}): Promise<PlatformSloReport> {
    return this.#get('/slo/platform', { ...filter });
  }

  getSloTrend(filter: TrendFilter = {}): Promise<SloTrend> {
    return this.#get('/slo/platform/trend', { ...filter });
  }

  getServiceSlos(service: string, filter: { readonly env?: string } = {}): Promise<ServiceSloReport> {
    return this.#get(`/slo/services/${encodeURIComponent(service)}`, { ...filter });
  }

  getAdoption(): Promise<AdoptionReport> {
    return this.#get('/adoption');
  }

  getImpact(project: string): Promise<ImpactReport> {
    return this.#get('/impact', { project });
  }

  getOrphans(): Promise<OrphanReport> {
    return this.#get('/orphans');
  }

  getCompliance(env: string): Promise<ComplianceReport> {
    return this.#get('/compliance', { env });
  }

  getPendingPromotions(): Promise<PendingPromotions> {
    return this.#get('/promotions/pending');
  }

  approvePromotion(env: string, gitSha: string): Promise<PortalApprovalResult> {
    return this.#post('/promotions/approvals', { env, gitSha });
  }

  getBreakGlassRuns(): Promise<BreakGlassRuns> {
    return this.#get('/break-glass');
  }

  approveBreakGlassRun(runId: string): Promise<PortalApprovalResult> {
    return this.#post(`/break-glass/${encodeURIComponent(runId)}/approvals`, {});
  }

  /** POSTs JSON to `path`; the backend takes the approver from the signed-in identity, never from the body. */
  async #post<T>(path: string, body: object): Promise<T> {
    const base = await this.#discoveryApi.getBaseUrl('stratum');
    const response = await this.#fetchApi.fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response as unknown as ErrorResponse);
    return (await response.json()) as T;
  }

  /** GETs `path` under the plugin's base URL with the defined query values; a non-2xx answer throws a ResponseError. */
  async #get<T>(path: string, query: Query = {}): Promise<T> {
    const base = await this.#discoveryApi.getBaseUrl('stratum');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params.set(key, String(value));
    }
    const text = params.toString();
    const search = text ? `?${text}` : '';
    const response = await this.#fetchApi.fetch(`${base}${path}${search}`);
    // The cast only bridges lib typings: tools/portal/tsconfig.json has no DOM.Iterable, so its Headers type lacks the
    // iterators ResponseError's parameter type names; the object is the same.
    if (!response.ok) throw await ResponseError.fromResponse(response as unknown as ErrorResponse);
    return (await response.json()) as T;
  }
}
