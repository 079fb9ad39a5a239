import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@stratum/config';

/** The folder of a data project that holds its schema migrations. */
export const MIGRATIONS_DIR = 'migrations';
/** `migrations/database.yaml`: which outputs of the project's own stack name its database (see database.ts). */
export const DATABASE_FILE = 'database.yaml';
/** `NNNN_name.sql`: four digits, an underscore, lowercase words. */
export const MIGRATION_FILE = /^(\d{4})_([a-z0-9][a-z0-9_]*)\.sql$/;
/** Header line that declares the destructive statements of a migration, with the reason. */
export const DESTRUCTIVE_HEADER = /^--\s*stratum:destructive\b(.*)$/;
/** Line that starts the optional down section (run when the run is rolled back). */
export const DOWN_MARKER = /^--\s*stratum:down\s*$/;

/** One versioned SQL migration of a data project. */
export interface MigrationFile {
  /** `0001_create_orders` (the file name without `.sql`): the name recorded by knex and the ledger. */
  readonly name: string;
  readonly number: number;
  /** Workspace-relative path, for messages. */
  readonly file: string;
  readonly up: string;
  /** File line of the up section's first character (always 1). */
  readonly upLine: number;
  /** The down section, or null when the file has none (the migration then cannot be rolled back). */
  readonly down: string | null;
  readonly downLine: number;
  /** The reason given by `-- stratum:destructive <reason>` in the header, or null when undeclared. */
  readonly destructive: string | null;
  /** sha256 of the file: the ledger records it, so an edited applied migration is visible. */
  readonly checksum: string;
}

/**
 * The migrations of the project at `projectRoot` (workspace-relative), in number order; empty when it has no
 * `migrations/` folder. Throws a ConfigError naming every misnamed file, repeated number or empty reason.
 */
export function readMigrations(root: string, projectRoot: string): MigrationFile[] {
  const dir = join(root, projectRoot, MIGRATIONS_DIR);
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const files: MigrationFile[] = [];
  const numbers = new Map<number, string>();
  for (const entry of readdirSync(dir).sort()) {
    if (entry === DATABASE_FILE) continue;
    const file = `${projectRoot}/${MIGRATIONS_DIR}/${entry}`;
    const match = MIGRATION_FILE.exec(entry);
    if (!match) {
      problems.push(`${file}: not a migration name; name it NNNN_name.sql (e.g. 0001_create_orders.sql).`);
      continue;
    }
    const number = Number(match[1]);
    const clash = numbers.get(number);
    if (clash) {
      problems.push(
        `${file}: number ${match[1]} is also used by ${clash}; give each migration its own number.`,
      );
      continue;
    }
    numbers.set(number, file);
    const parsed = parseMigration(readFileSync(join(dir, entry), 'utf8'), file);
    if ('error' in parsed) problems.push(parsed.error);
    else files.push({ ...parsed, name: entry.slice(0, -'.sql'.length), number, file });
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'), dir);
  return files;
}

type Parsed = Omit<MigrationFile, 'name' | 'number' | 'file'>;

/** Splits a migration's text into header, up and down sections. */
export function parseMigration(text: string, file: string): Parsed | { error: string } {
  const lines = text.split('\n');
  let destructive: string | null = null;
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('--')) break;
    const declared = DESTRUCTIVE_HEADER.exec(trimmed);
    if (!declared) continue;
    destructive = declared[1]!.replace(/^[:\s]+/, '').trim();
    if (!destructive)
      return {
        error: `${file}:${index + 1}: '-- stratum:destructive' needs a reason, e.g. '-- stratum:destructive legacy_id is unused since 0004'.`,
      };
  }
  const downAt = lines.findIndex((line) => DOWN_MARKER.test(line.trim()));
  const up = downAt < 0 ? text : lines.slice(0, downAt).join('\n');
  const down = downAt < 0 ? null : lines.slice(downAt + 1).join('\n');
  return {
    up,
    upLine: 1,
    down: down !== null && down.trim() ? down : null,
    downLine: downAt + 2,
    destructive,
    checksum: createHash('sha256').update(text).digest('hex'),
  };
}
