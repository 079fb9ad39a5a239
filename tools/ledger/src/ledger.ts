import { hostname } from 'node:os';
import type { Knex } from 'knex';
import { listApprovals, listBreakGlassRuns, recordApproval } from './approvals';
import { getArtifact, putArtifact } from './artifacts';
import { deploymentBefore, lastDeployment, recordDeployment } from './deployments';
import {
  listComplianceFindings,
  recordComplianceFindings,
  type ComplianceFinding,
  type ComplianceQuery,
  type NewComplianceFinding,
} from './compliance';
import {
  latestPlanAssessment,
  recordPlanAssessment,
  type NewPlanAssessment,
  type PlanAssessment,
} from './plan-assessments';
import {
  listSchemaMigrations,
  recordSchemaMigration,
  type NewSchemaMigration,
  type SchemaMigrationQuery,
  type SchemaMigrationRecord,
} from './schema-migrations';
import { lastDeploymentEdges } from './output-edges';
import { applyDurations } from './durations';
import { listDrift, recordDrift } from './drift';
import { LedgerError, redactUrl } from './errors';
import { type LedgerTarget, translateError } from './faults';
import { newRunId } from './ids';
import { listLockTakeovers, takeOverLock } from './lock-takeover';
import {
  acquireLock,
  findInterruptedRuns,
  getLock,
  heartbeatLock,
  leaseState,
  lockIsStale,
  releaseLock,
} from './locks';
import { migrateLatest } from './migrate';
import { processIsAlive } from './process';
import { WorkQueue } from './queue';
import { listPromotions, recordPromotion } from './promotions';
import { ledgerStats, pruneArtifacts } from './pruning';
import type { StoreContext } from './rows';
import { defaultRunnerId, readBootId } from './runner-id';
import {
  clearTerraformLock,
  recordTerraformLock,
  releaseTerraformLock,
  terraformLocksOf,
} from './terraform-locks';
import * as runs from './runs';
import type {
  Approval,
  ApprovalQuery,
  BreakGlassQuery,
  Deployment,
  DeploymentEdges,
  DriftFinding,
  DriftQuery,
  IsAlive,
  ListRunsQuery,
  LeaseState,
  LockHolder,
  LockRequest,
  LockResult,
  LockTakeover,
  NewApproval,
  NewDeployment,
  NewDriftFinding,
  NewPromotion,
  NewRun,
  LedgerStats,
  NewStackEvent,
  Promotion,
  PromotionQuery,
  PruneOptions,
  PruneResult,
  RunDetail,
  RunKind,
  RunOutcome,
  RunPage,
  RunRecord,
  StackEvent,
  StackHistoryEntry,
  TakeoverRequest,
  TakeoverResult,
  NewTerraformLock,
  TerraformLock,
} from './types';

export interface LedgerOptions {
  /** The host recorded on runs and locks, and compared with a lock's host to call it stale. @default os.hostname() */
  readonly host?: string;
  /** The pid recorded on runs and locks. @default process.pid */
  readonly pid?: number;
  /** Who holds the leases this ledger takes (`STRATUM_RUNNER_ID`). @default `<host>/<boot id>/<pid>` */
  readonly runnerId?: string;
  /** This machine's boot id (with the host, says whether a lease holder's pid can be checked here). @default /proc's */
  readonly bootId?: string;
  /** TTL of the leases this ledger takes, over the caller's (`STRATUM_LOCK_TTL_S`). @default the caller's */
  readonly lockTtlMs?: number;
  /** Where "now" comes from. @default () => new Date() */
  readonly clock?: () => Date;
  /** How error messages name the database. @default the SQLite path or the PostgreSQL URL (password redacted) */
  readonly description?: string;
  /** SQLite busy timeout in ms, quoted in `busy` errors. @default undefined (not quoted) */
  readonly busyTimeoutMs?: number;
  /** Destroy the knex instance in `close()`; `openLedger` sets it, a host app sharing its knex leaves it off. @default false */
  readonly ownsKnex?: boolean;
}

function describeConnection(knex: Knex): LedgerTarget {
  const config = knex.client.config as Knex.Config;
  const client = typeof config.client === 'string' ? config.client : '';
  const connection = config.connection as
    | string
    | {
        filename?: string;
        connectionString?: string;
        host?: string;
        port?: number;
        database?: string;
        user?: string;
      }
    | undefined;
  if (['better-sqlite3', 'sqlite3'].includes(client)) {
    const filename = typeof connection === 'object' ? connection.filename : undefined;
    return { dialect: 'sqlite', description: filename ?? 'SQLite' };
  }
  if (['pg', 'postgres', 'postgresql'].includes(client)) {
    if (typeof connection === 'string') return { dialect: 'postgres', description: redactUrl(connection) };
    if (connection?.connectionString)
      return { dialect: 'postgres', description: redactUrl(connection.connectionString) };
    const where = `${connection?.host ?? 'localhost'}:${connection?.port ?? 5432}/${connection?.database ?? ''}`;
    return {
      dialect: 'postgres',
      description: `postgres://${connection?.user ? `${connection.user}@` : ''}${where}`,
    };
  }
  throw new LedgerError(
    `The ledger supports the knex clients better-sqlite3 and pg, not ${JSON.stringify(client)}; pass a knex instance of one of them.`,
    'invalid',
    client,
  );
}

/**
 * The audit ledger of deploy runs, on any knex instance of SQLite (better-sqlite3) or PostgreSQL (pg). Each method
 * is one short statement or transaction; every database failure surfaces as a `LedgerError` naming the database.
 * Call `migrate()` once before use (`openLedger` does).
 */
export class Ledger {
  readonly knex: Knex;
  readonly host: string;
  readonly pid: number;
  readonly runnerId: string;
  readonly lockTtlMs: number | undefined;
  readonly target: LedgerTarget;
  readonly #ctx: StoreContext;
  readonly #clock: () => Date;
  readonly #ownsKnex: boolean;

  constructor(knex: Knex, options: LedgerOptions = {}) {
    const { host = hostname(), pid = process.pid, clock = () => new Date(), ownsKnex = false } = options;
    const detected = describeConnection(knex);
    this.knex = knex;
    const bootId = options.bootId ?? readBootId();
    this.host = host;
    this.pid = pid;
    this.runnerId = options.runnerId ?? defaultRunnerId(host, bootId, pid);
    this.lockTtlMs = options.lockTtlMs;
    this.target = {
      ...detected,
      description: options.description ?? detected.description,
      busyTimeoutMs: options.busyTimeoutMs,
    };
    this.#clock = clock;
    this.#ownsKnex = ownsKnex;
    this.#ctx = {
      knex,
      target: this.target,
      host,
      pid,
      runnerId: this.runnerId,
      bootId,
      lockTtlMs: options.lockTtlMs,
      now: () => clock().getTime(),
    };
  }

  async #call<T>(operation: string, work: (ctx: StoreContext) => Promise<T>): Promise<T> {
    try {
      return await work(this.#ctx);
    } catch (error) {
      throw translateError(error, this.target, operation);
    }
  }

  /** The work queue of `--executor workers` (PostgreSQL only). */
  get queue(): WorkQueue {
    return new WorkQueue((operation, work) => this.#call(operation, work));
  }

  /** Brings the schema up to date; safe to call from several processes at once and on every start. */
  migrate(): Promise<void> {
    return this.#call('prepare the ledger schema', (ctx) => migrateLatest(ctx.knex));
  }

  /** Closes the connection pool if this ledger opened it. */
  async close(): Promise<void> {
    if (this.#ownsKnex) await this.knex.destroy();
  }

  /** A new time-ordered run id from the ledger's clock (take it before `acquireLock`, then pass it to `createRun`). */
  newRunId(): string {
    return newRunId(this.#clock());
  }

  createRun(input: NewRun): Promise<RunRecord> {
    return this.#call(`create a ${input.env} run`, (ctx) => runs.createRun(ctx, input));
  }

  finishRun(runId: string, outcome: RunOutcome): Promise<RunRecord> {
    return this.#call(`finish run ${runId}`, (ctx) => runs.finishRun(ctx, runId, outcome));
  }

  recordStackEvent(runId: string, event: NewStackEvent): Promise<StackEvent> {
    return this.#call(`record a ${event.status} event for ${event.stack} in run ${runId}`, (ctx) =>
      runs.recordStackEvent(ctx, runId, event),
    );
  }

  getRun(runId: string): Promise<RunDetail | undefined> {
    return this.#call(`read run ${runId}`, (ctx) => runs.getRun(ctx, runId));
  }

  listRuns(query: ListRunsQuery = {}): Promise<RunPage> {
    return this.#call('list runs', (ctx) => runs.listRuns(ctx, query));
  }

  stackHistory(project: string, env: string, limit?: number): Promise<StackHistoryEntry[]> {
    return this.#call(`read the ${env} history of ${project}`, (ctx) =>
      runs.stackHistory(ctx, project, env, limit),
    );
  }

  lastSuccessfulRun(env: string, kind: RunKind = 'deploy'): Promise<RunRecord | undefined> {
    return this.#call(`read the last successful ${kind} run of ${env}`, (ctx) =>
      runs.lastSuccessfulRun(ctx, env, kind),
    );
  }

  putArtifact(content: string): Promise<string> {
    return this.#call('store an artifact', (ctx) => putArtifact(ctx, content));
  }

  getArtifact(hash: string): Promise<string | undefined> {
    return this.#call(`read artifact ${hash}`, (ctx) => getArtifact(ctx, hash));
  }

  recordDeployment(deployment: NewDeployment): Promise<Deployment> {
    return this.#call(`record the deployment of ${deployment.stack} to ${deployment.env}`, (ctx) =>
      recordDeployment(ctx, deployment),
    );
  }

  lastDeployment(env: string, stack: string): Promise<Deployment | undefined> {
    return this.#call(`read the last deployment of ${stack} to ${env}`, (ctx) =>
      lastDeployment(ctx, env, stack),
    );
  }

  /** The stack's latest deployment with the output digests it published and the upstream digests it read. */
  lastDeploymentEdges(env: string, stack: string): Promise<DeploymentEdges | undefined> {
    return this.#call(`read the output edges of ${stack} in ${env}`, (ctx) =>
      lastDeploymentEdges(ctx, env, stack),
    );
  }

  deploymentBefore(runId: string, env: string, stack: string): Promise<Deployment | undefined> {
    return this.#call(`read what ${stack} ran in ${env} before run ${runId}`, (ctx) =>
      deploymentBefore(ctx, runId, env, stack),
    );
  }

  acquireLock(env: string, request: LockRequest): Promise<LockResult> {
    return this.#call(`take the ${env} lock`, (ctx) => acquireLock(ctx, env, request));
  }

  releaseLock(env: string, runId: string): Promise<boolean> {
    return this.#call(`release the ${env} lock`, (ctx) => releaseLock(ctx, env, runId));
  }

  heartbeatLock(env: string, runId: string): Promise<LockHolder> {
    return this.#call(`refresh the ${env} lock`, (ctx) => heartbeatLock(ctx, env, runId));
  }

  getLock(env: string): Promise<LockHolder | undefined> {
    return this.#call(`read the ${env} lock`, (ctx) => getLock(ctx, env));
  }

  /** True when the lease expired (no heartbeat within its TTL) or its holder ran on this machine and is gone. */
  lockIsStale(holder: LockHolder, isAlive: IsAlive = processIsAlive): boolean {
    return lockIsStale(this.#ctx, holder, isAlive);
  }

  /** `live`, `expired` (seen from any host) or `dead` (its process gone on this machine). */
  leaseState(holder: LockHolder, isAlive: IsAlive = processIsAlive): LeaseState {
    return leaseState(this.#ctx, holder, isAlive);
  }

  /** Takes over a stale lease exactly as read, recording who took it from whom; the old run becomes interrupted. */
  takeOverLock(
    env: string,
    request: TakeoverRequest,
    isAlive: IsAlive = processIsAlive,
  ): Promise<TakeoverResult> {
    return this.#call(`take over the ${env} lock of run ${request.from.runId}`, (ctx) =>
      takeOverLock(ctx, env, request, isAlive),
    );
  }

  listLockTakeovers(env: string, limit?: number): Promise<LockTakeover[]> {
    return this.#call(`list takeovers of the ${env} lock`, (ctx) => listLockTakeovers(ctx, env, limit));
  }

  recordTerraformLock(lock: NewTerraformLock): Promise<TerraformLock> {
    return this.#call(`record terraform lock ${lock.lockId} of run ${lock.runId}`, (ctx) =>
      recordTerraformLock(ctx, lock),
    );
  }

  releaseTerraformLock(runId: string, lockId: string): Promise<void> {
    return this.#call(`mark terraform lock ${lockId} of run ${runId} released`, (ctx) =>
      releaseTerraformLock(ctx, runId, lockId),
    );
  }

  terraformLocksOf(runId: string): Promise<TerraformLock[]> {
    return this.#call(`read the terraform locks of run ${runId}`, (ctx) => terraformLocksOf(ctx, runId));
  }

  clearTerraformLock(id: number, byRunId: string, note: string): Promise<TerraformLock> {
    return this.#call(`record the clearing of terraform lock ${id}`, (ctx) =>
      clearTerraformLock(ctx, id, byRunId, note),
    );
  }

  findInterruptedRuns(env: string, isAlive: IsAlive = processIsAlive): Promise<RunRecord[]> {
    return this.#call(`look for interrupted ${env} runs`, (ctx) => findInterruptedRuns(ctx, env, isAlive));
  }

  recordDrift(runId: string, env: string, findings: readonly NewDriftFinding[]): Promise<number> {
    return this.#call(`record drift findings of run ${runId}`, (ctx) =>
      recordDrift(ctx, runId, env, findings),
    );
  }

  listDrift(query: DriftQuery): Promise<DriftFinding[]> {
    return this.#call(`list drift findings of ${query.env}`, (ctx) => listDrift(ctx, query));
  }

  recordComplianceFindings(
    runId: string,
    env: string,
    findings: readonly NewComplianceFinding[],
  ): Promise<number> {
    return this.#call(`record compliance findings of run ${runId}`, (ctx) =>
      recordComplianceFindings(ctx, runId, env, findings),
    );
  }

  /** Records what `stratum plan` found a commit would cost and risk in an environment. */
  recordPlanAssessment(input: NewPlanAssessment): Promise<PlanAssessment> {
    return this.#call(`record the plan assessment of ${input.gitSha} in ${input.env}`, (ctx) =>
      recordPlanAssessment(ctx, input),
    );
  }

  /** The newest plan assessment of `gitSha` in `env`; undefined when it was never planned there. */
  latestPlanAssessment(env: string, gitSha: string): Promise<PlanAssessment | undefined> {
    return this.#call(`read the plan assessment of ${gitSha} in ${env}`, (ctx) =>
      latestPlanAssessment(ctx, env, gitSha),
    );
  }

  /** Mean measured apply time (ms, planning → succeeded, last 90 days) of each stack that has one. */
  applyDurations(env: string, stacks: readonly string[]): Promise<Map<string, number>> {
    return this.#call(`read measured apply times in ${env}`, (ctx) => applyDurations(ctx, env, stacks));
  }

  /** The findings of one compliance run, by default the newest finished one of the environment. */
  listComplianceFindings(
    query: ComplianceQuery,
  ): Promise<{ runId: string | null; findings: ComplianceFinding[] }> {
    return this.#call(`list compliance findings of ${query.env}`, (ctx) =>
      listComplianceFindings(ctx, query),
    );
  }

  /** Records one SQL migration a run applied, failed or undid on a data project's database. */
  recordSchemaMigration(migration: NewSchemaMigration): Promise<void> {
    return this.#call(`record schema migration ${migration.migration} of ${migration.project}`, (ctx) =>
      recordSchemaMigration(ctx, migration),
    );
  }

  listSchemaMigrations(query: SchemaMigrationQuery): Promise<SchemaMigrationRecord[]> {
    return this.#call(`list schema migrations of ${query.env}`, (ctx) => listSchemaMigrations(ctx, query));
  }

  recordPromotion(promotion: NewPromotion): Promise<Promotion> {
    return this.#call(`record the promotion from ${promotion.fromEnv} to ${promotion.toEnv}`, (ctx) =>
      recordPromotion(ctx, promotion),
    );
  }

  listPromotions(query: PromotionQuery = {}): Promise<Promotion[]> {
    return this.#call('list promotions', (ctx) => listPromotions(ctx, query));
  }

  recordApproval(approval: NewApproval): Promise<Approval> {
    return this.#call(
      `record ${approval.approver}'s approval of ${approval.gitSha} for ${approval.env}`,
      (ctx) => recordApproval(ctx, approval),
    );
  }

  listApprovals(query: ApprovalQuery = {}): Promise<Approval[]> {
    return this.#call('list approvals', (ctx) => listApprovals(ctx, query));
  }

  listBreakGlassRuns(query: BreakGlassQuery = {}): Promise<RunRecord[]> {
    return this.#call('list break-glass runs', (ctx) => listBreakGlassRuns(ctx, query));
  }

  /** Drops the content of artifacts that neither the last `keep` deployments of a stack nor an unfinished run need. */
  pruneArtifacts(options: PruneOptions = {}): Promise<PruneResult> {
    return this.#call('prune artifacts', (ctx) => pruneArtifacts(ctx, options));
  }

  /** Counts of runs, events, deployments and artifacts (stored and pruned) with their bytes. */
  stats(): Promise<LedgerStats> {
    return this.#call('read the ledger size', (ctx) => ledgerStats(ctx));
  }
}
