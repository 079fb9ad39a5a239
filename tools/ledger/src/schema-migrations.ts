import type { StoreContext } from './rows';
import { num, type DbNumber } from './rows';

export type SchemaMigrationStatus = 'applied' | 'failed' | 'rolled_back';

/** One SQL migration a run applied, failed or undid on a data project's database. */
export interface NewSchemaMigration {
  readonly runId: string;
  readonly env: string;
  readonly project: string;
  readonly region: string;
  readonly migration: string;
  readonly checksum: string;
  readonly status: SchemaMigrationStatus;
  readonly destructive: string | null;
  readonly error: string | null;
}

export interface SchemaMigrationRecord extends NewSchemaMigration {
  readonly id: number;
  /** ISO-8601 (UTC). */
  readonly at: string;
}

export interface SchemaMigrationQuery {
  readonly env: string;
  readonly project?: string;
  readonly runId?: string;
}

interface Row {
  id: number;
  run_id: string;
  env: string;
  project: string;
  region: string;
  migration: string;
  checksum: string;
  status: string;
  destructive: string | null;
  error: string | null;
  at: DbNumber;
}

export async function recordSchemaMigration(ctx: StoreContext, m: NewSchemaMigration): Promise<void> {
  await ctx.knex('schema_migrations').insert({
    run_id: m.runId,
    env: m.env,
    project: m.project,
    region: m.region,
    migration: m.migration,
    checksum: m.checksum,
    status: m.status,
    destructive: m.destructive,
    error: m.error,
    at: ctx.now(),
  });
}

/** The records of an environment (optionally one project or run), oldest first. */
export async function listSchemaMigrations(
  ctx: StoreContext,
  query: SchemaMigrationQuery,
): Promise<SchemaMigrationRecord[]> {
  let q = ctx.knex<Row>('schema_migrations').where('env', query.env);
  if (query.project) q = q.andWhere('project', query.project);
  if (query.runId) q = q.andWhere('run_id', query.runId);
  const rows: Row[] = await q.orderBy('id', 'asc');
  return rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    env: r.env,
    project: r.project,
    region: r.region,
    migration: r.migration,
    checksum: r.checksum,
    status: r.status as SchemaMigrationStatus,
    destructive: r.destructive,
    error: r.error,
    at: new Date(num(r.at)).toISOString(),
  }));
}
