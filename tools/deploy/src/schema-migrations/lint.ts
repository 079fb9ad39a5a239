import { isNarrowing, parseColumnType, type ColumnType } from './column-types';
import type { MigrationFile } from './files';
import { splitStatements, type SqlStatement } from './statements';

export type DestructiveKind = 'drop' | 'narrow-type' | 'not-null-without-default';

/** One destructive statement in a migration's up section. */
export interface MigrationFinding {
  readonly file: string;
  readonly migration: string;
  readonly line: number;
  readonly statement: string;
  readonly kind: DestructiveKind;
  /** What the statement does to existing data. */
  readonly effect: string;
  /** Whether the migration declares its destructive statements (`-- stratum:destructive <reason>`). */
  readonly declared: boolean;
}

const IDENT = String.raw`(?:"[^"]+"|[A-Za-z_][\w$]*)(?:\.(?:"[^"]+"|[A-Za-z_][\w$]*))?`;
const ALTER_TABLE = new RegExp(String.raw`^ALTER TABLE (?:IF EXISTS )?(?:ONLY )?(${IDENT}) (.*)$`, 'i');
const CREATE_TABLE = new RegExp(
  String.raw`^CREATE (?:UNLOGGED |TEMP |TEMPORARY )?TABLE (?:IF NOT EXISTS )?(${IDENT}) ?\((.*)\)`,
  'i',
);
const CONSTRAINT_WORD =
  /\s(NOT|NULL|DEFAULT|PRIMARY|REFERENCES|UNIQUE|CHECK|CONSTRAINT|GENERATED|COLLATE)\b.*$/i;
const TABLE_CONSTRAINT = /^(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|LIKE)\b/i;

/**
 * The destructive statements of `files` (in order): DROP and TRUNCATE of anything holding data (a table,
 * column, schema, ...), a column type change that narrows it (or whose current type no earlier migration
 * here shows), and NOT NULL added to an existing table without a default. Column types are learnt from the
 * CREATE TABLE and ADD COLUMN statements of the earlier migrations.
 */
export function lintMigrations(files: readonly MigrationFile[]): MigrationFinding[] {
  const columns = new Map<string, ColumnType>();
  const findings: MigrationFinding[] = [];
  for (const file of files) {
    for (const statement of splitStatements(file.up, file.upLine)) {
      for (const [kind, effect] of judge(statement, columns)) {
        findings.push({
          file: file.file,
          migration: file.name,
          line: statement.line,
          statement: statement.text,
          kind,
          effect,
          declared: file.destructive !== null,
        });
      }
    }
  }
  return findings;
}

/** The findings a run must refuse (undeclared ones), as messages naming file, line, statement and the fix. */
export function undeclaredFindings(findings: readonly MigrationFinding[]): string[] {
  return findings.filter((f) => !f.declared).map(describeFinding);
}

export function describeFinding(f: MigrationFinding): string {
  const shown = f.statement.length > 120 ? `${f.statement.slice(0, 117)}...` : f.statement;
  const fix = f.declared
    ? 'declared destructive'
    : `declare it with a header line '-- stratum:destructive <reason>' at the top of the file (a gated environment ` +
      `then applies it only through \`stratum promote\`, whose signed approvals of the commit cover it), or make it safe`;
  return `${f.file}:${f.line}: ${f.kind}: \`${shown}\` ${f.effect}; ${fix}.`;
}

function judge(statement: SqlStatement, columns: Map<string, ColumnType>): [DestructiveKind, string][] {
  const text = statement.text;
  if (/^DROP (TABLE|SCHEMA|DATABASE|MATERIALIZED VIEW|SEQUENCE|TYPE|DOMAIN|OWNED)\b/i.test(text))
    return [['drop', 'drops data that a rollback cannot bring back']];
  if (/^TRUNCATE\b/i.test(text)) return [['drop', 'deletes every row of the table']];
  const created = CREATE_TABLE.exec(text);
  if (created) {
    const table = ident(created[1]!);
    for (const def of topLevel(created[2]!)) if (!TABLE_CONSTRAINT.test(def)) learn(columns, table, def);
    return [];
  }
  const altered = ALTER_TABLE.exec(text);
  if (!altered) return [];
  const table = ident(altered[1]!);
  const out: [DestructiveKind, string][] = [];
  for (const action of topLevel(altered[2]!)) {
    const drop = /^DROP (?:COLUMN )?(?:IF EXISTS )?(\S+)/i.exec(action);
    if (drop && !/^DROP (CONSTRAINT|DEFAULT|NOT NULL|IDENTITY|EXPRESSION)\b/i.test(action)) {
      out.push(['drop', `drops column ${ident(drop[1]!)} of ${table} and its data`]);
      continue;
    }
    const retyped = /^ALTER (?:COLUMN )?(\S+) (?:SET DATA )?TYPE (.+?)(?: USING .*)?$/i.exec(action);
    if (retyped) {
      const column = ident(retyped[1]!);
      const to = parseColumnType(retyped[2]!.replace(CONSTRAINT_WORD, ''));
      const from = columns.get(`${table}.${column}`);
      const unbounded = to.family === 'text' && to.size === Infinity;
      if (!from && !unbounded)
        out.push([
          'narrow-type',
          `changes the type of ${table}.${column} to ${to.text}, and no earlier migration here shows its current type, so it may narrow it`,
        ]);
      else if (from && isNarrowing(from, to))
        out.push([
          'narrow-type',
          `narrows ${table}.${column} from ${from.text} to ${to.text}: values may not fit`,
        ]);
      columns.set(`${table}.${column}`, to);
      continue;
    }
    const setNotNull = /^ALTER (?:COLUMN )?(\S+) SET NOT NULL$/i.exec(action);
    if (setNotNull) {
      out.push([
        'not-null-without-default',
        `makes ${table}.${ident(setNotNull[1]!)} NOT NULL: it fails on existing rows holding NULL`,
      ]);
      continue;
    }
    const added = /^ADD (?:COLUMN )?(?:IF NOT EXISTS )?(.+)$/i.exec(action);
    if (added && !TABLE_CONSTRAINT.test(added[1]!)) {
      const column = learn(columns, table, added[1]!);
      if (/\bNOT NULL\b/i.test(added[1]!) && !/\bDEFAULT\b|\bGENERATED\b/i.test(added[1]!))
        out.push([
          'not-null-without-default',
          `adds ${table}.${column} NOT NULL without a DEFAULT: it fails on a table that has rows`,
        ]);
    }
  }
  return out;
}

/** Records a column definition's type (`name type [constraints]`); returns the column name. */
function learn(columns: Map<string, ColumnType>, table: string, def: string): string {
  const [name = '', ...rest] = def.trim().split(' ');
  const column = ident(name);
  columns.set(`${table}.${column}`, parseColumnType(rest.join(' ').replace(CONSTRAINT_WORD, '')));
  return column;
}

/** Unquoted, lower-case, without a `public.` schema. */
function ident(raw: string): string {
  const name = raw.startsWith('"') ? raw.replace(/"/g, '') : raw.toLowerCase().replace(/"/g, '');
  return name.startsWith('public.') ? name.slice('public.'.length) : name;
}

/** Splits on commas outside parentheses. */
function topLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
