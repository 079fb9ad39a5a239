import { join } from 'node:path';
import { stackFolder, type Environment } from '@stratum/config';
import type { Ledger } from '@stratum/ledger';
import { migrationUnitId } from '@stratum/orchestrator';
import type { TerraformSettings } from '@stratum/terraform';
import type { Workspace } from '@stratum/workspace';
import { StackTerraform } from '../stack-terraform';
import type { StackArtifact } from '../stacks';
import { readDatabaseConfig } from './database';
import { readMigrations } from './files';
import type { ProjectMigrations } from './runner';

/** What `stratum rollback --run <id>` undoes of the schema migrations that run applied. */
export interface MigrationsToUndo {
  /** Projects whose migrations are undone (their files from this checkout: the down sections). */
  readonly projects: Map<string, ProjectMigrations>;
  /** Per migrations unit id (`<project>:migrations@<region>`), the migrations to undo, oldest first. */
  readonly undo: Map<string, string[]>;
  /** The data stacks the migrations runner reads the database outputs from, by stack unit id. */
  readonly stacks: Map<string, StackArtifact>;
  /** Migrations left in place, each with why and what to do. */
  readonly notes: string[];
}

/**
 * The schema migrations run `runId` applied that are still in place, ready to be undone by their down sections
 * (newest first, after the dependants and before the data stack go back). Each data stack's outputs are read in
 * `<project>/cdktf.out/<env>/migrations/<stack>`, where the run's own artifact is written and initialised, so a
 * fresh checkout needs no synth. A project whose files or data stack are not at hand keeps its migrations, with a
 * note naming them.
 */
export async function migrationsToUndo(options: {
  readonly workspace: Workspace;
  readonly env: Environment;
  readonly ledger: Ledger;
  readonly settings: TerraformSettings;
  readonly runId: string;
  /** The stacks the rollback has the run's artifacts for, by unit id. */
  readonly artifacts: ReadonlyMap<string, StackArtifact>;
}): Promise<MigrationsToUndo> {
  const { workspace, env, ledger, runId, artifacts } = options;
  const out: MigrationsToUndo = { projects: new Map(), undo: new Map(), stacks: new Map(), notes: [] };
  const rows = await ledger.listSchemaMigrations({ env: env.name, runId });
  const key = (r: { project: string; region: string }) => `${r.project}@${r.region}`;
  const undone = new Set(
    rows.filter((r) => r.status === 'rolled_back').map((r) => `${key(r)}/${r.migration}`),
  );
  const left = new Map<string, { project: string; region: string; names: string[] }>();
  for (const r of rows) {
    if (r.status !== 'applied' || undone.has(`${key(r)}/${r.migration}`)) continue;
    const entry = left.get(key(r)) ?? { project: r.project, region: r.region, names: [] };
    entry.names.push(r.migration);
    left.set(key(r), entry);
  }
  const leave = (target: string, names: readonly string[], why: string) =>
    out.notes.push(
      `Run ${runId} applied schema migrations ${names.join(', ')} to ${target}, left in place: ${why}. Run their '-- stratum:down' sections by hand, newest first, if the schema must go back too.`,
    );
  for (const [target, { project, region, names }] of left) {
    const stack = artifacts.get(target);
    const info = workspace.projects.get(project);
    if (!stack || !info) {
      leave(
        target,
        names,
        `the run did not change ${project}'s stack, so there are no outputs of it to reach the database by`,
      );
      continue;
    }
    let migrations = out.projects.get(project);
    if (!migrations) {
      try {
        migrations = {
          project,
          files: readMigrations(workspace.root, info.root),
          database: readDatabaseConfig(workspace.root, info.root),
        };
      } catch (error) {
        leave(target, names, error instanceof Error ? error.message : String(error));
        continue;
      }
    }
    const dir = join(workspace.root, stackFolder(info.root, env.name, 'migrations', stack.stack));
    const { init } = await StackTerraform.workingCopy(options.settings, dir, stack.json);
    if (!init.ok) {
      leave(target, names, `terraform init for ${stack.stack}'s outputs failed: ${init.error}`);
      continue;
    }
    out.projects.set(project, migrations);
    out.stacks.set(target, { ...stack, dir });
    out.undo.set(migrationUnitId(project, region), names);
  }
  return out;
}
