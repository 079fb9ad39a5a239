import type { ServiceSloReport } from '@stratum/plugin-stratum-common';
import type { Knex } from 'knex';
import type { PrometheusApi } from '../prometheus/client';
import { readServiceSloFile } from './definitions';
import { deploysTouching } from './deploys';
import { measureSlo } from './measure';

export interface ServiceSloRequest {
  readonly root: string;
  readonly service: string;
  /** The service's projects (deploys touching them are marked). */
  readonly projects: readonly string[];
  /** Deploys of this environment only; every environment when undefined. */
  readonly env?: string;
  /** Evaluation time (ms); rounded down to the whole second. */
  readonly now: number;
}

/**
 * `GET /slo/services/:service`: every SLO of services/<service>/slo.yaml measured from Prometheus at one instant,
 * with the ledger's deploys of the service's projects in each SLO's window.
 */
export async function serviceSloReport(
  knex: Knex,
  prometheus: PrometheusApi,
  request: ServiceSloRequest,
): Promise<ServiceSloReport> {
  const { file, slos } = readServiceSloFile(request.root, request.service);
  const at = Math.floor(request.now / 1000) * 1000;
  const longest = Math.max(...slos.map((slo) => slo.window.seconds));
  const deploys = await deploysTouching(knex, {
    projects: request.projects,
    since: at - longest * 1000,
    until: at,
    env: request.env,
  });
  return {
    service: request.service,
    file,
    prometheusUrl: prometheus.baseUrl,
    env: request.env ?? null,
    evaluatedAt: new Date(at).toISOString(),
    slos: await Promise.all(slos.map((slo) => measureSlo(prometheus, slo, at, deploys))),
  };
}
