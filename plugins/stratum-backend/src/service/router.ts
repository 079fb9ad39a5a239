import type { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError, ServiceUnavailableError } from '@backstage/errors';
import { LedgerError, type Ledger } from '@stratum/ledger';
import {
  parseDuration,
  PublishRunSchema,
  type OrphanReport,
  type PublishRunResult,
  type RunPage,
  type SloTrend,
  type StackHistory,
} from '@stratum/plugin-stratum-common';
import type { WorkspaceReader } from '@stratum/plugin-stratum-node';
import express from 'express';
import Router from 'express-promise-router';
import { adoptionReport } from '../adoption/adoption';
import { approvalsRouter } from '../approvals/router';
import { deployedProjects, evidenceEnvironments } from '../adoption/evidence';
import { ComplianceQuery, lastComplianceCheck } from '../compliance/lastComplianceCheck';
import { DriftQuery, lastDriftCheck } from '../drift/lastDriftCheck';
import type { PolicyGate } from '../adoption/policy';
import { impactOf } from '../impact';
import { publishRun } from '../ledger/publish';
import { listRunsTouching } from '../ledger/runs';
import type { ObjectivesFile } from '../slo/objectives';
import { platformSloReport } from '../slo/report';
import type { SloRollup } from '../slo/rollup/rollup';
import { deployTrend } from '../slo/trend';
import { defaultPrometheus, serviceSloRouter } from '../serviceSlo/router';
import type { PrometheusApi } from '../prometheus/client';
import {
  HistoryQuery,
  ImpactQuery,
  ListRunsQuery,
  ProjectParams,
  RunIdParams,
  SloQuery,
  TrendQuery,
} from './schemas';
import { parseInput } from './validation';

export interface RouterOptions {
  readonly logger: LoggerService;
  readonly httpAuth: HttpAuthService;
  readonly ledger: Ledger;
  readonly workspace: WorkspaceReader;
  readonly objectives: ObjectivesFile;
  readonly policyGate: PolicyGate;
  /** Where service SLIs are read (`GET /slo/services/:service`). @default Prometheus on localhost:9090 */
  readonly prometheus?: PrometheusApi;
  /** The platform SLO rollup `GET /slo/platform` reads while it is fresh. @default none: the raw queries */
  readonly sloRollup?: SloRollup;
  /** Called after a run was published (the plugin looks up its commit time). */
  readonly onPublished?: () => void;
  /** Where "now" comes from. @default () => new Date() */
  readonly clock?: () => Date;
  /** Largest accepted request body. @default '5mb' */
  readonly bodyLimit?: string;
  /** The portal's SSH key for approvals (`stratum.approvals.signingKey`); undefined: approving is off. */
  readonly signingKey?: string;
}

/** Turns ledger failures into HTTP errors: a bad argument is a 400, a missing run a 404, a database away a 503. */
async function fromLedger<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LedgerError) {
      if (error.code === 'invalid') throw new InputError(error.message);
      if (error.code === 'not_found') throw new NotFoundError(error.message);
      if (error.code === 'unreachable' || error.code === 'busy')
        throw new ServiceUnavailableError(error.message);
    }
    throw error;
  }
}

/**
 * The Stratum API. Every route needs credentials (Backstage's default auth policy answers 401 without them); publishing
 * a run needs a service principal (a static token for CI, or another backend plugin).
 */
export async function createRouter(options: RouterOptions): Promise<express.Router> {
  const { httpAuth, ledger, workspace, objectives, policyGate, clock = () => new Date() } = options;
  const router = Router();
  router.use(express.json({ limit: options.bodyLimit ?? '5mb' }));

  router.get('/runs', async (req, res) => {
    const query = parseInput(ListRunsQuery, req.query, 'query');
    const { owner, ...filters } = query;
    let page: RunPage;
    if (owner === undefined) page = await fromLedger(() => ledger.listRuns(filters));
    else {
      const projects = workspace
        .get()
        .projects.filter((p) => p.owner === owner)
        .map((p) => p.name);
      page = await fromLedger(() => listRunsTouching(ledger.knex, { ...filters, projects }));
    }
    res.json(page);
  });

  router.get('/runs/:id', async (req, res) => {
    const { id } = parseInput(RunIdParams, req.params, 'params');
    const run = await fromLedger(() => ledger.getRun(id));
    if (!run) throw new NotFoundError(`No run ${id} in the ledger; list runs with GET /api/stratum/runs.`);
    res.json(run);
  });

  router.post('/runs', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['service'] });
    const run = parseInput(PublishRunSchema, req.body, 'body');
    if (run.status === 'running' && run.finishedAt)
      throw new InputError('body.finishedAt: must be null while status is running');
    if (run.status !== 'running' && !run.finishedAt)
      throw new InputError(`body.finishedAt: is required when status is ${run.status}`);
    const created = await fromLedger(() => publishRun(ledger.knex, run, clock().getTime()));
    const detail = await fromLedger(() => ledger.getRun(run.id));
    if (created) {
      options.logger.info(
        `Published run ${run.id} (${run.env}, ${run.status}, ${run.events.length} events).`,
      );
      options.onPublished?.();
    }
    const body: PublishRunResult = { created, run: detail! };
    res.status(created ? 201 : 200).json(body);
  });

  router.get('/stacks/:project/history', async (req, res) => {
    const { project } = parseInput(ProjectParams, req.params, 'params');
    const { env, limit } = parseInput(HistoryQuery, req.query, 'query');
    const entries = await fromLedger(() => ledger.stackHistory(project, env, limit));
    const body: StackHistory = { project, env, entries };
    res.json(body);
  });

  router.get('/stacks/:project/drift', async (req, res) => {
    const { project } = parseInput(ProjectParams, req.params, 'params');
    const { env } = parseInput(DriftQuery, req.query, 'query');
    res.json(await fromLedger(() => lastDriftCheck(ledger, project, env)));
  });

  router.get('/compliance', async (req, res) => {
    const { env } = parseInput(ComplianceQuery, req.query, 'query');
    res.json(await fromLedger(() => lastComplianceCheck(ledger, env)));
  });

  router.get('/slo/platform', async (req, res) => {
    const query = parseInput(SloQuery, req.query, 'query');
    const current = objectives.read();
    const windowText = query.window ?? current.defaultWindow.text;
    const report = await fromLedger(() =>
      platformSloReport(
        ledger.knex,
        workspace.get().projects,
        current,
        {
          env: query.env,
          windowMs: parseDuration(windowText)!,
          windowText,
          groupBy: query.groupBy ?? null,
          now: clock().getTime(),
        },
        options.sloRollup,
      ),
    );
    res.json(report);
  });

  router.get('/slo/platform/trend', async (req, res) => {
    const query = parseInput(TrendQuery, req.query, 'query');
    const windowText = query.window ?? objectives.read().defaultWindow.text;
    const windowMs = parseDuration(windowText)!;
    const bucketMs = parseDuration(query.bucket)!;
    if (windowMs / bucketMs > 1000)
      throw new InputError(
        `query.bucket: ${query.bucket} makes more than 1000 points in ${windowText}; use a larger bucket`,
      );
    const now = clock().getTime();
    const points = await fromLedger(() =>
      deployTrend(ledger.knex, { env: query.env, since: now - windowMs, until: now, bucketMs }),
    );
    const body: SloTrend = { env: query.env ?? null, window: windowText, bucket: query.bucket, points };
    res.json(body);
  });

  router.use(
    serviceSloRouter({ ledger, workspace, clock, prometheus: options.prometheus ?? defaultPrometheus() }),
  );

  router.use(
    approvalsRouter({
      ledger,
      httpAuth,
      logger: options.logger,
      root: workspace.root,
      ...(options.signingKey ? { signingKey: options.signingKey } : {}),
    }),
  );

  router.get('/adoption', async (_req, res) => {
    const snapshot = workspace.get();
    const deployed = await fromLedger(() =>
      deployedProjects(
        ledger.knex,
        snapshot.projects.filter((p) => p.layer === 'application').map((p) => p.name),
        evidenceEnvironments(snapshot.environments),
      ),
    );
    res.json(adoptionReport(snapshot, deployed, policyGate));
  });

  router.get('/impact', async (req, res) => {
    const { project } = parseInput(ImpactQuery, req.query, 'query');
    const report = impactOf(workspace.get(), project);
    if (!report)
      throw new NotFoundError(
        `No project ${project} in the workspace; GET /api/stratum/orphans lists problems reading it.`,
      );
    res.json(report);
  });

  router.get('/orphans', async (_req, res) => {
    const snapshot = workspace.get();
    const body: OrphanReport = { orphans: snapshot.orphans, problems: snapshot.problems };
    res.json(body);
  });

  return router;
}
