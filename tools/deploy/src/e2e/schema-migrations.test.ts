import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import knexFactory from 'knex';
import { openLedger } from '@stratum/ledger';
import {
  createTempDatabase,
  testPostgresUrl,
  type TempDatabase,
} from '@stratum/ledger/src/test-support/harness';
import { stepProject } from './fixtures';
import { e2eSkipReason, World } from './world';

interface Report {
  status: string;
  stacks: { project: string; stack: string; status: string; error?: string }[];
  notes: string[];
}

const postgres = testPostgresUrl();
const skip = e2eSkipReason() ?? (postgres.available ? undefined : postgres.reason);
if (!postgres.available && postgres.required) throw new Error(postgres.reason);

/** A data project whose stack publishes a database host (an SSM parameter stands in for the RDS instance). */
function dataProject(value: string): Record<string, string> {
  return {
    'shared-infra/e2e-db/stratum.yaml':
      'layer: data\nowner: platform-team\ndescription: "e2e fixture: a database."\n',
    'shared-infra/e2e-db/src/index.ts': `import { defineOutputs } from '@stratum/constructs';
export const e2eDbOutputs = defineOutputs('e2e-db', { dbEndpoint: 'string' });
`,
    'shared-infra/e2e-db/src/stack.ts': `import { SsmParameter } from '@cdktn/provider-aws/lib/ssm-parameter';
import { StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { e2eDbOutputs } from './index';

export default class E2eDbStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    new SsmParameter(this, 'marker', { name: '/e2e/db', type: 'String', value: ${JSON.stringify(value)} });
    e2eDbOutputs.publish(this, { dbEndpoint: 'e2e-db.cluster.local' });
  }
}
`,
    'shared-infra/e2e-db/migrations/database.yaml': 'database: app\n',
    'shared-infra/e2e-db/migrations/0001_create_orders.sql':
      'CREATE TABLE orders (id bigserial PRIMARY KEY, code varchar(20) NOT NULL);\n-- stratum:down\nDROP TABLE orders;\n',
    'shared-infra/e2e-db/migrations/0002_add_status.sql':
      "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';\n-- stratum:down\nALTER TABLE orders DROP COLUMN status;\n",
  };
}

/** The dependant: its apply fails unless `orders.status` exists, so it proves the migrations ran before it. */
function appProject(value: string): Record<string, string> {
  const check =
    "node -e \"const {Client}=require('pg');const c=new Client(process.env.STRATUM_LOCAL_POSTGRES_URL);" +
    "c.connect().then(()=>c.query('SELECT status FROM orders LIMIT 0')).then(()=>c.end(),e=>{console.error(e.message);process.exit(1)})\"";
  return stepProject({
    folder: 'shared-infra/e2e-orders',
    layer: 'application',
    value,
    command: check,
    dependency: { importPath: '@shared/e2e-db', contract: 'e2eDbOutputs', output: 'dbEndpoint' },
  });
}

const failures = (report: Report): string =>
  `${report.status}\n${report.stacks.map((s) => `${s.stack} ${s.status}${s.error ? `: ${s.error}` : ''}`).join('\n')}\n${report.notes.join('\n')}`;

/**
 * Schema migrations as graph nodes, on real terraform, moto and PostgreSQL: the data project's two migrations
 * run after its stack and before the dependant (whose apply checks the column they add), and are recorded; a
 * third one that fails rolls the whole run back, the data stack included, and leaves the schema as it was.
 */
describe('e2e: schema migrations between a data stack and its dependant', { skip }, () => {
  let world: World;
  let database: TempDatabase;
  const columns = async (): Promise<string[]> => {
    const knex = knexFactory({ client: 'pg', connection: database.url, pool: { min: 0, max: 1 } });
    try {
      const rows = (await knex('information_schema.columns')
        .where({ table_name: 'orders' })
        .select('column_name')) as {
        column_name: string;
      }[];
      return rows.map((r) => r.column_name).sort();
    } finally {
      await knex.destroy();
    }
  };
  const recorded = async (): Promise<string[]> => {
    const ledger = await openLedger(join(world.root, '.stratum', 'ledger.db'), { root: world.root });
    try {
      return (await ledger.listSchemaMigrations({ env: 'local' })).map((m) => `${m.migration}:${m.status}`);
    } finally {
      await ledger.close();
    }
  };

  before(async () => {
    if (!postgres.available) return;
    database = await createTempDatabase(postgres.value);
    world = await World.create('migrations', { files: { ...dataProject('v1'), ...appProject('v1') } });
    world.env.STRATUM_LOCAL_POSTGRES_URL = database.url;
  });
  after(async () => {
    await world?.close();
    await database?.drop();
  });

  test('deploy applies the data stack, then its migrations, then the dependant, and records them', async () => {
    const { code, json } = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
    assert.equal(code, 0, failures(json));
    assert.deepEqual(
      json.stacks.map((s) => [s.stack, s.status]),
      [
        ['e2e-db-us-east-1', 'succeeded'],
        ['e2e-db-us-east-1:migrations', 'succeeded'],
        ['e2e-orders-us-east-1', 'succeeded'],
      ],
    );
    assert.deepEqual(await columns(), ['code', 'id', 'status']);
    assert.deepEqual(await recorded(), ['0001_create_orders:applied', '0002_add_status:applied']);
  });

  test('a failing third migration skips the dependant and rolls the run back, data stack included', async () => {
    world.write({
      ...dataProject('v2'),
      ...appProject('v2'),
      'shared-infra/e2e-db/migrations/0003_add_region.sql':
        'ALTER TABLE orders ADD COLUMN region text;\nUPDATE orders SET region = missing_column;\n',
    });
    world.commit('a data change with a broken migration');
    const { code, json } = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
    assert.equal(code, 1, failures(json));
    assert.equal(json.status, 'rolled_back', failures(json));
    const byStack = new Map(json.stacks.map((s) => [s.stack, s]));
    assert.equal(byStack.get('e2e-db-us-east-1')?.status, 'rolled_back');
    assert.equal(byStack.get('e2e-db-us-east-1:migrations')?.status, 'failed');
    assert.match(
      byStack.get('e2e-db-us-east-1:migrations')?.error ?? '',
      /^shared-infra\/e2e-db\/migrations\/0003_add_region\.sql:2: column "missing_column" does not exist \(its transaction was rolled back\)$/,
    );
    assert.equal(byStack.get('e2e-orders-us-east-1')?.status, 'skipped');
    assert.equal(await world.aws.parameter('/e2e/db'), 'v1', 'the data stack is back to its pre-run state');
    assert.deepEqual(await columns(), ['code', 'id', 'status'], 'the failed migration left nothing behind');
    assert.deepEqual(await recorded(), [
      '0001_create_orders:applied',
      '0002_add_status:applied',
      '0003_add_region:failed',
    ]);
  });

  test('an undeclared destructive migration refuses the run before anything is applied', async () => {
    world.write({
      'shared-infra/e2e-db/migrations/0003_add_region.sql': 'ALTER TABLE orders DROP COLUMN code;\n',
    });
    world.commit('a destructive migration without a declaration');
    const { code, json } = await world.cliJson<Report>('deploy', '--env', 'local', '--all');
    assert.equal(code, 1, failures(json));
    assert.match(
      json.notes.join('\n'),
      /shared-infra\/e2e-db\/migrations\/0003_add_region\.sql:1: drop: `ALTER TABLE orders DROP COLUMN code` drops column code of orders/,
    );
    assert.deepEqual(await columns(), ['code', 'id', 'status']);
  });

  test('stratum rollback --run of a finished run undoes its migrations between the dependant and the data stack', async () => {
    world.write({
      ...dataProject('v3'),
      ...appProject('v3'),
      'shared-infra/e2e-db/migrations/0003_add_region.sql':
        'ALTER TABLE orders ADD COLUMN region text;\n-- stratum:down\nALTER TABLE orders DROP COLUMN region;\n',
    });
    world.commit('a region column');
    const deployed = await world.cliJson<Report & { runId: string }>('deploy', '--env', 'local', '--all');
    assert.equal(deployed.code, 0, failures(deployed.json));
    assert.deepEqual(await columns(), ['code', 'id', 'region', 'status']);

    const { code, json } = await world.cliJson<Report>(
      'rollback',
      '--env',
      'local',
      '--run',
      deployed.json.runId,
    );
    assert.equal(code, 0, failures(json));
    assert.equal(json.status, 'rolled_back', failures(json));
    assert.deepEqual(json.stacks.map((s) => [s.stack, s.status]).sort(), [
      ['e2e-db-us-east-1', 'rolled_back'],
      ['e2e-db-us-east-1:migrations', 'rolled_back'],
      ['e2e-orders-us-east-1', 'rolled_back'],
    ]);
    assert.deepEqual(await columns(), ['code', 'id', 'status'], 'the down section ran');
    assert.equal(
      await world.aws.parameter('/e2e/db'),
      'v1',
      'the data stack is back to what it was before the run',
    );
    assert.deepEqual((await recorded()).slice(-2), [
      '0003_add_region:applied',
      '0003_add_region:rolled_back',
    ]);
    assert.ok(!json.notes.some((n) => /left in place/.test(n)), json.notes.join('\n'));
  });
});
