import knexFactory, { type Knex } from 'knex';
import type { Environment } from '@stratum/config';
import type { Ledger, SchemaMigrationStatus } from '@stratum/ledger';
import { unitId, type ApplyResult, type RollbackResult, type StackUnit } from '@stratum/orchestrator';
import { runTerraform, terraformError, type TerraformSettings } from '@stratum/terraform';
import type { StackArtifact } from '../stacks';
import { databaseTarget, type DatabaseConfig } from './database';
import { secretsManagerLogins, type LoginReader } from './secret';
import type { MigrationFile } from './files';
import { migratorConfig, noDownSection } from './source';

/** A data project's migrations and where they run, read and linted before the run starts. */
export interface ProjectMigrations {
  readonly project: string;
  readonly files: readonly MigrationFile[];
  readonly database: DatabaseConfig;
}

export interface SchemaMigrationRunnerOptions {
  readonly env: Environment;
  readonly runId: string;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly stacks: ReadonlyMap<string, StackArtifact>;
  readonly projects: ReadonlyMap<string, ProjectMigrations>;
  /** The local PostgreSQL standing in for the data stack's database in an emulator environment. */
  readonly localDatabaseUrl?: string;
  /** `true`, or why declared destructive migrations may not run here (see `destructiveCover`). @default true */
  readonly destructive?: true | string;
  /**
   * For `stratum rollback --run` of a finished run: per migrations unit id, the migrations that run applied and that
   * are still in place, oldest first (`migrationsToUndo`). A unit this runner applied itself undoes what it applied.
   */
  readonly undo?: ReadonlyMap<string, readonly string[]>;
  /** Reads the database login a stack's secret output names (not on an emulator). @default Secrets Manager */
  readonly readLogin?: LoginReader;
}

/**
 * Applies and rolls back the migrations unit of a data project (`<project>:migrations@<region>`) with knex's
 * migrator against the database the project's stack publishes. Every pending migration runs in its own
 * transaction, in number order; each one applied, failed or undone is recorded in the ledger. A failure
 * leaves that migration unapplied (its transaction rolls back) and fails the unit, so the scheduler skips
 * the dependants and rolls back the run; a rollback runs the `-- stratum:down` sections, newest first.
 */
export class SchemaMigrationRunner {
  /** Migration names this runner applied per unit id, in order. */
  private readonly applied = new Map<string, string[]>();

  constructor(private readonly o: SchemaMigrationRunnerOptions) {}

  async apply(unit: StackUnit): Promise<ApplyResult> {
    const found = await this.connect(unit);
    if ('error' in found) return { status: 'failed', changed: false, error: found.error };
    const { knex, project } = found;
    const config = migratorConfig(project.files);
    const done: string[] = [];
    this.applied.set(unit.id, done);
    try {
      const [, pending] = (await knex.migrate.list(config)) as [unknown[], MigrationFile[]];
      if (pending.length === 0) return { status: 'unchanged' };
      const uncovered = pending.filter((f) => f.destructive !== null);
      const { destructive = true } = this.o;
      if (destructive !== true && uncovered.length > 0)
        return {
          status: 'failed',
          changed: false,
          error: `${uncovered.map((f) => f.file).join(', ')} declare destructive statements: ${destructive}`,
        };
      for (const file of pending) {
        try {
          await knex.migrate.up({ ...config, name: file.name });
        } catch (error) {
          const { line, message } = postgresFailure(error, file);
          await this.record(unit, file, 'failed', message);
          return {
            status: 'failed',
            changed: done.length > 0,
            error: `${file.file}:${line}: ${message} (its transaction was rolled back${done.length ? `; applied before it in this run: ${done.join(', ')}` : ''})`,
          };
        }
        done.push(file.name);
        await this.record(unit, file, 'applied', null);
      }
      return { status: 'succeeded' };
    } catch (error) {
      return {
        status: 'failed',
        changed: done.length > 0,
        error: `migrations of ${unit.project}: ${String(error)}`,
      };
    } finally {
      await knex.destroy();
    }
  }

  async rollback(unit: StackUnit): Promise<RollbackResult> {
    const names = this.applied.get(unit.id) ?? this.o.undo?.get(unit.id) ?? [];
    if (names.length === 0) return { ok: true };
    const found = await this.connect(unit);
    if ('error' in found) return { ok: false, error: found.error };
    const { knex, project } = found;
    const config = migratorConfig(project.files);
    try {
      for (const name of [...names].reverse()) {
        const file = project.files.find((f) => f.name === name);
        if (!file)
          return { ok: false, error: `${unit.project}: migration ${name} is no longer in migrations/` };
        if (file.down === null) return { ok: false, error: noDownSection(file) };
        try {
          await knex.migrate.down({ ...config, name });
        } catch (error) {
          return {
            ok: false,
            error: `${file.file} (down): ${error instanceof Error ? error.message : String(error)}`,
          };
        }
        await this.record(unit, file, 'rolled_back', null);
      }
      return { ok: true };
    } finally {
      await knex.destroy();
    }
  }

  private async connect(
    unit: StackUnit,
  ): Promise<{ knex: Knex; project: ProjectMigrations } | { error: string }> {
    const project = this.o.projects.get(unit.project);
    const stack = this.o.stacks.get(unitId(unit.project, unit.region));
    if (!project || !stack) return { error: `no migrations or stack known for ${unit.id}` };
    const result = await runTerraform(this.o.settings, ['output', '-json', '-no-color'], stack.dir);
    if (result.exitCode !== 0)
      return { error: `reading the outputs of ${stack.stack} for its database: ${terraformError(result)}` };
    const outputs = Object.fromEntries(
      Object.entries(JSON.parse(result.stdout) as Record<string, { value?: unknown }>).map(([k, v]) => [
        k,
        v.value,
      ]),
    );
    const target = await databaseTarget(
      this.o.env,
      project.database,
      outputs,
      unit.project,
      this.o.localDatabaseUrl,
      this.o.readLogin ?? secretsManagerLogins(),
    );
    if ('error' in target) return target;
    // knex's logger prints to stdout; every failure it logs reaches the report through the thrown error
    const quiet = (): void => undefined;
    const knex = knexFactory({
      client: 'pg',
      connection: target.url,
      pool: { min: 0, max: 1 },
      log: { warn: quiet, error: quiet, debug: quiet, deprecate: quiet },
    });
    return { knex, project };
  }

  private async record(
    unit: StackUnit,
    file: MigrationFile,
    status: SchemaMigrationStatus,
    error: string | null,
  ): Promise<void> {
    await this.o.ledger.recordSchemaMigration({
      runId: this.o.runId,
      env: this.o.env.name,
      project: unit.project,
      region: unit.region,
      migration: file.name,
      checksum: file.checksum,
      status,
      destructive: file.destructive,
      error,
    });
  }
}

/**
 * The database's own message (knex prefixes it with the whole SQL) and the file line it points at (PostgreSQL's
 * `position` is a 1-based offset into the statement text, which is the file's up section).
 */
function postgresFailure(error: unknown, file: MigrationFile): { line: number; message: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw.startsWith(`${file.up} - `) ? raw.slice(file.up.length + 3) : raw;
  const position = Number((error as { position?: unknown }).position);
  const line =
    Number.isInteger(position) && position > 0 ? file.up.slice(0, position - 1).split('\n').length : 1;
  return { line: file.upLine + line - 1, message };
}
