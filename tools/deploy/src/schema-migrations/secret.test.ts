// The login of a data stack's database read from its RDS-managed secret: a real Secrets Manager (moto) and a real
// PostgreSQL. Skipped without them; failed instead under STRATUM_REQUIRE_PREREQS=1.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import knexFactory from 'knex';
import { loadEnvironment } from '@stratum/config';
import { freePort, startEmulator, stopEmulator } from '@stratum/emulator';
import { testPostgresUrl } from '@stratum/ledger/src/test-support/harness';
import { missing } from '@stratum/testing';
import { AwsClient } from '../e2e/aws';
import { MOTO as moto } from '../e2e/world';
import { databaseTarget } from './database';
import { secretsManagerLogins } from './secret';

const REPO = join(__dirname, '../../../..');
const postgres = testPostgresUrl();
const skip =
  missing('moto_server', moto !== undefined, "pip install 'moto[server]==5.2.1'") ||
  (postgres.available ? false : postgres.reason);
const KEYS = { accessKeyId: 'test', secretAccessKey: 'test' };

describe(
  'migrations on AWS: the database login from the RDS-managed secret (moto Secrets Manager, PostgreSQL)',
  { skip },
  () => {
    const root = mkdtempSync(join(tmpdir(), 'stratum-secret-'));
    let endpoint = '';
    const emulator = () => ({ name: 'local', endpoint });
    // an AWS environment (no emulator endpoint): the path that reads the secret
    const dev = loadEnvironment(REPO, 'dev');
    const config = {
      database: '',
      endpointOutput: 'db_endpoint',
      portOutput: 'db_port',
      secretOutput: 'db_secret_arn',
      sslMode: 'disable' as const,
    };

    before(async () => {
      endpoint = `http://127.0.0.1:${await freePort()}`;
      await startEmulator({ root, env: emulator(), motoServer: moto!.bin, processEnv: process.env });
    });
    after(async () => {
      await stopEmulator({ root, env: emulator() }).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    });

    test('connects with the username and password the secret holds, and names what is missing', async () => {
      assert.equal(dev.endpoint, undefined);
      const server = new URL(postgres.available ? postgres.value : '');
      const secrets = new AwsClient(endpoint, 'eu-west-1');
      const created = await secrets.call<{ ARN: string }>(
        'secretsmanager',
        'secretsmanager.CreateSecret',
        {
          Name: 'rds!db-payments',
          SecretString: JSON.stringify({
            username: decodeURIComponent(server.username),
            password: decodeURIComponent(server.password),
          }),
        },
        '1.1',
      );
      const outputs = {
        db_endpoint: server.hostname,
        db_port: Number(server.port),
        db_secret_arn: created.ARN,
      };
      const readLogin = secretsManagerLogins({ endpoint, credentials: KEYS });
      const target = await databaseTarget(
        dev,
        { ...config, database: server.pathname.slice(1) },
        outputs,
        'payments-data',
        undefined,
        readLogin,
      );
      assert.ok(!('error' in target), 'error' in target ? target.error : '');
      assert.ok(
        !target.label.includes(decodeURIComponent(server.password)),
        'the label never shows the password',
      );
      assert.match(target.url, /sslmode=disable/);
      const knex = knexFactory({ client: 'pg', connection: target.url, pool: { min: 0, max: 1 } });
      try {
        const rows = (await knex.raw('select current_user as who')) as { rows: { who: string }[] };
        assert.equal(rows.rows[0]?.who, decodeURIComponent(server.username));
      } finally {
        await knex.destroy();
      }

      const gone = await databaseTarget(
        dev,
        config,
        { ...outputs, db_secret_arn: created.ARN.replace('payments', 'orders') },
        'payments-data',
        undefined,
        readLogin,
      );
      assert.match(
        'error' in gone ? gone.error : '',
        /reading the login of payments-data's database: Secrets Manager GetSecretValue of .*rds!db-orders.* failed: ResourceNotFoundException \(.*can't find.*\); .*check its secret output/,
      );
      const unnamed = await databaseTarget(
        dev,
        config,
        { db_endpoint: 'db.example' },
        'payments-data',
        undefined,
        readLogin,
      );
      assert.match(
        'error' in unnamed ? unnamed.error : '',
        /publishes no output 'db_secret_arn'.*set secretOutput/,
      );
    });
  },
);
