import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMigration, type MigrationFile } from './files';
import { describeFinding, lintMigrations, undeclaredFindings } from './lint';
import { splitStatements } from './statements';

function migration(name: string, text: string): MigrationFile {
  const parsed = parseMigration(text, `services/x/data/migrations/${name}.sql`);
  if ('error' in parsed) throw new Error(parsed.error);
  return {
    ...parsed,
    name,
    number: Number(name.slice(0, 4)),
    file: `services/x/data/migrations/${name}.sql`,
  };
}
const CREATE = migration(
  '0001_create',
  'CREATE TABLE orders (id bigint PRIMARY KEY, code varchar(20) NOT NULL, total numeric(10,2), qty integer, note text);\n',
);
const kinds = (sql: string): string[] =>
  lintMigrations([CREATE, migration('0002_change', sql)]).map((f) => `${f.kind}@${f.line}`);

describe('migration linter, per statement shape', () => {
  test('safe statements pass', () => {
    assert.deepEqual(
      kinds(
        [
          'CREATE TABLE items (id serial PRIMARY KEY, name text NOT NULL);',
          "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';",
          'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;',
          'ALTER TABLE orders ALTER COLUMN code TYPE varchar(40);',
          'ALTER TABLE orders ALTER COLUMN qty TYPE bigint;',
          'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);',
          'ALTER TABLE orders ALTER COLUMN code DROP NOT NULL, DROP CONSTRAINT orders_code_key;',
          'CREATE INDEX orders_code_idx ON orders (code);',
          "INSERT INTO items (name) VALUES ('drop table x; -- not a statement');",
        ].join('\n'),
      ),
      [],
    );
  });

  test('DROP TABLE, DROP SCHEMA, TRUNCATE and DROP COLUMN are drops', () => {
    assert.deepEqual(
      kinds(
        'DROP TABLE orders;\nDROP SCHEMA audit CASCADE;\nTRUNCATE items;\nALTER TABLE orders DROP COLUMN note;',
      ),
      ['drop@1', 'drop@2', 'drop@3', 'drop@4'],
    );
  });

  test('narrowing a column type, as learnt from earlier migrations', () => {
    assert.deepEqual(
      kinds(
        [
          'ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);',
          'ALTER TABLE orders ALTER COLUMN id SET DATA TYPE integer;',
          'ALTER TABLE orders ALTER COLUMN total TYPE numeric(10,0);',
          'ALTER TABLE orders ALTER COLUMN note TYPE varchar(5);',
          'ALTER TABLE orders ALTER COLUMN note TYPE integer USING note::integer;',
        ].join('\n'),
      ),
      ['narrow-type@1', 'narrow-type@2', 'narrow-type@3', 'narrow-type@4', 'narrow-type@5'],
    );
  });

  test('a type change of a column no migration here created may narrow it', () => {
    const [finding] = lintMigrations([
      migration(
        '0002_x',
        'ALTER TABLE legacy ALTER COLUMN a TYPE text;\nALTER TABLE legacy ALTER COLUMN b TYPE smallint;',
      ),
    ]);
    assert.equal(finding?.kind, 'narrow-type');
    assert.equal(finding?.line, 2);
    assert.match(finding!.effect, /no earlier migration here shows its current type/);
  });

  test('NOT NULL without a default on an existing table', () => {
    assert.deepEqual(
      kinds(
        'ALTER TABLE orders ADD COLUMN region text NOT NULL;\nALTER TABLE orders ALTER COLUMN qty SET NOT NULL;',
      ),
      ['not-null-without-default@1', 'not-null-without-default@2'],
    );
  });

  test('a declared migration is reported but not refused; an undeclared one names file, line, statement and the fix', () => {
    const declared = migration(
      '0002_drop',
      '-- stratum:destructive note is unused since 0001\nALTER TABLE orders DROP COLUMN note;\n',
    );
    const undeclared = migration('0003_drop', '\n\nDROP TABLE orders;\n');
    const findings = lintMigrations([CREATE, declared, undeclared]);
    assert.deepEqual(
      findings.map((f) => [f.migration, f.declared]),
      [
        ['0002_drop', true],
        ['0003_drop', false],
      ],
    );
    const [message] = undeclaredFindings(findings);
    assert.equal(
      message,
      'services/x/data/migrations/0003_drop.sql:3: drop: `DROP TABLE orders` drops data that a rollback cannot bring back; ' +
        "declare it with a header line '-- stratum:destructive <reason>' at the top of the file (a gated environment then " +
        'applies it only through `stratum promote`, whose signed approvals of the commit cover it), or make it safe.',
    );
    assert.match(describeFinding(findings[0]!), /0002_drop.sql:2: drop: .* declared destructive\.$/);
  });

  test('the down section is not linted and a declaration needs a reason', () => {
    assert.deepEqual(
      kinds('ALTER TABLE orders ADD COLUMN x text;\n-- stratum:down\nALTER TABLE orders DROP COLUMN x;\n'),
      [],
    );
    assert.deepEqual(parseMigration('-- stratum:destructive\nDROP TABLE t;', 'm.sql'), {
      error:
        "m.sql:1: '-- stratum:destructive' needs a reason, e.g. '-- stratum:destructive legacy_id is unused since 0004'.",
    });
  });
});

describe('statement splitting', () => {
  test('semicolons inside quotes, dollar quotes and comments do not split; lines are kept', () => {
    const sql = "SELECT ';';\n-- a; comment\n/* b;\n c; */ DO $$ BEGIN PERFORM 1; END $$;\nSELECT 'it''s';";
    assert.deepEqual(
      splitStatements(sql).map((s) => [s.line, s.text]),
      [
        [1, "SELECT ';'"],
        [4, 'DO $$ BEGIN PERFORM 1; END $$'],
        [5, "SELECT 'it''s'"],
      ],
    );
  });
});
