import type { Config } from '@backstage/config';
import { NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import type { Ledger } from '@stratum/ledger';
import type { ServiceSloIndex } from '@stratum/plugin-stratum-common';
import type { WorkspaceReader } from '@stratum/plugin-stratum-node';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { PrometheusClient, PrometheusUnreachableError, type PrometheusApi } from '../prometheus/client';
import { parseInput } from '../service/validation';
import { sloFiles } from './definitions';
import { serviceSloReport } from './report';

/** Where Prometheus answers when `stratum.prometheus.baseUrl` is not set (its default port on this host). */
export const DEFAULT_PROMETHEUS_URL = 'http://localhost:9090';

/** The Prometheus of `stratum.prometheus` (baseUrl, timeoutSeconds). */
export function prometheusFromConfig(config: Config): PrometheusClient {
  return new PrometheusClient({
    baseUrl: config.getOptionalString('stratum.prometheus.baseUrl') ?? DEFAULT_PROMETHEUS_URL,
    timeoutMs: (config.getOptionalNumber('stratum.prometheus.timeoutSeconds') ?? 10) * 1000,
  });
}

/** The Prometheus used when none is configured. */
export function defaultPrometheus(): PrometheusClient {
  return new PrometheusClient({ baseUrl: DEFAULT_PROMETHEUS_URL });
}

const ServiceParams = z.strictObject({
  service: z.string().regex(/^[a-z][a-z0-9-]{0,62}$/, 'must be a service folder name such as payments'),
});
const ServiceSloQuery = z.strictObject({
  env: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be an environment name such as prod')
    .optional(),
});

export interface ServiceSloRouterOptions {
  readonly ledger: Ledger;
  readonly workspace: WorkspaceReader;
  readonly prometheus: PrometheusApi;
  readonly clock?: () => Date;
}

/**
 * `GET /slo/services`: the services with an slo.yaml and their SLOs as defined (no Prometheus).
 * `GET /slo/services/:service[?env=]`: the live error budgets of a service's SLOs. 404 when the service or its
 * slo.yaml does not exist (naming the file to create), 503 when Prometheus cannot be reached (naming its URL).
 */
export function serviceSloRouter(options: ServiceSloRouterOptions): express.Router {
  const { ledger, workspace, prometheus, clock = () => new Date() } = options;
  const router = Router();
  router.get('/slo/services', async (_req, res) => {
    const snapshot = workspace.get();
    const body: ServiceSloIndex = {
      services: sloFiles(
        snapshot.root,
        snapshot.services.map((s) => s.name),
      ),
    };
    res.json(body);
  });

  router.get('/slo/services/:service', async (req, res) => {
    const { service } = parseInput(ServiceParams, req.params, 'params');
    const { env } = parseInput(ServiceSloQuery, req.query, 'query');
    const snapshot = workspace.get();
    if (!snapshot.services.some((s) => s.name === service)) {
      throw new NotFoundError(
        `No service ${service} in the workspace (no folder services/${service}/ with catalog-info.yaml).`,
      );
    }
    const projects = snapshot.projects.filter((p) => p.service === service).map((p) => p.name);
    try {
      res.json(
        await serviceSloReport(ledger.knex, prometheus, {
          root: snapshot.root,
          service,
          projects,
          env,
          now: clock().getTime(),
        }),
      );
    } catch (error) {
      if (error instanceof PrometheusUnreachableError) throw new ServiceUnavailableError(error.message);
      throw error;
    }
  });
  return router;
}
