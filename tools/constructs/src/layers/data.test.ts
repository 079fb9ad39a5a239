import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TerraformOutput } from '../cdktn';
import { resourcesOf, synthStack, testContext, testEnvironment, type SynthesizedStack } from '../testing';
import { PostgresDatabase, Queue, type PostgresDatabaseProps } from './data';

const env = (overrides: Record<string, unknown> = {}) => testEnvironment(overrides);
const ctxOf = (e = env()) =>
  testContext({ name: 'orders-data', layer: 'data', root: 'services/orders/data', service: 'orders' }, e);
const net: PostgresDatabaseProps = {
  vpcId: 'vpc-1',
  subnetIds: ['subnet-a', 'subnet-b'],
  allowedCidrs: ['10.0.0.0/16'],
};
const one = (synth: SynthesizedStack, type: string) => Object.values(resourcesOf(synth, type))[0]!;

describe('PostgresDatabase', () => {
  test('is private, encrypted, TLS-only and lets RDS manage the password', () => {
    const synth = synthStack(ctxOf(), (s) => new PostgresDatabase(s, 'db', net));
    const db = one(synth, 'aws_db_instance');
    assert.equal(db.engine, 'postgres');
    assert.equal(db.storage_encrypted, true);
    assert.equal(db.publicly_accessible, false);
    assert.equal(db.manage_master_user_password, true);
    assert.equal(db.password, undefined);
    assert.equal(db.iam_database_authentication_enabled, true);
    assert.equal(db.backup_retention_period, 7);
    assert.equal(db.instance_class, 'db.t4g.micro');
    assert.equal(db.multi_az, false);
    assert.equal(one(synth, 'aws_db_parameter_group').family, 'postgres16');
    assert.deepEqual(one(synth, 'aws_db_subnet_group').subnet_ids, ['subnet-a', 'subnet-b']);
    const params = one(synth, 'aws_db_parameter_group').parameter as { name: string; value: string }[];
    assert.ok(params.some((p) => p.name === 'rds.force_ssl' && p.value === '1'));
  });

  test('takes class, storage and multi-AZ from sizes and safety settings from the environment', () => {
    const prod = env({
      name: 'prod',
      sizes: {
        dbInstanceClass: 'db.r6g.large',
        dbAllocatedStorageGb: 100,
        dbMultiAz: true,
        azCount: 3,
        natGateways: 3,
      },
      safety: { deletionProtection: true, skipFinalSnapshot: false },
    });
    const prodDb = one(
      synthStack(
        ctxOf(prod),
        (s) => new PostgresDatabase(s, 'db', { ...net, kmsKeyArn: 'arn:aws:kms:us-east-1:1:key/k' }),
      ),
      'aws_db_instance',
    );
    assert.equal(prodDb.instance_class, 'db.r6g.large');
    assert.equal(prodDb.allocated_storage, 100);
    assert.equal(prodDb.max_allocated_storage, 400);
    assert.equal(prodDb.multi_az, true);
    assert.equal(prodDb.deletion_protection, true);
    assert.equal(prodDb.skip_final_snapshot, false);
    assert.equal(prodDb.final_snapshot_identifier, 'prod-orders-data-db-final');
    assert.equal(prodDb.kms_key_id, 'arn:aws:kms:us-east-1:1:key/k');

    const localDb = one(
      synthStack(ctxOf(env({ name: 'local' })), (s) => new PostgresDatabase(s, 'db', net)),
      'aws_db_instance',
    );
    assert.equal(localDb.deletion_protection, false);
    assert.equal(localDb.skip_final_snapshot, true);
    assert.equal(localDb.final_snapshot_identifier, undefined);
  });

  test('ignores attributes the emulator does not read back, only on emulated environments', () => {
    const lifecycle = (e: ReturnType<typeof env>) => {
      const synth = synthStack(ctxOf(e), (s) => new PostgresDatabase(s, 'db', net));
      return [one(synth, 'aws_db_instance').lifecycle, one(synth, 'aws_db_parameter_group').lifecycle];
    };
    assert.deepEqual(lifecycle(env()), [
      { ignore_changes: ['performance_insights_enabled', 'performance_insights_kms_key_id'] },
      { ignore_changes: ['parameter'] },
    ]);
    assert.deepEqual(lifecycle(env({ name: 'dev', endpoint: undefined })), [undefined, undefined]);
  });

  test('admits only the given security groups and CIDRs on the database port', () => {
    const synth = synthStack(
      ctxOf(),
      (s) => new PostgresDatabase(s, 'db', { ...net, allowedSecurityGroupIds: ['sg-app'], port: 6432 }),
    );
    const rules = Object.values(resourcesOf(synth, 'aws_vpc_security_group_ingress_rule'));
    assert.deepEqual(
      rules.map((r) => [r.referenced_security_group_id ?? r.cidr_ipv4, r.from_port, r.to_port]).sort(),
      [
        ['10.0.0.0/16', 6432, 6432],
        ['sg-app', 6432, 6432],
      ],
    );
    assert.equal(Object.keys(resourcesOf(synth, 'aws_vpc_security_group_egress_rule')).length, 0);
  });

  test('refuses a database nobody can reach or everybody can reach', () => {
    assert.throws(
      () => synthStack(ctxOf(), (s) => new PostgresDatabase(s, 'db', { ...net, allowedCidrs: [] })),
      /db: nobody may connect/,
    );
    assert.throws(
      () =>
        synthStack(ctxOf(), (s) => new PostgresDatabase(s, 'db', { ...net, allowedCidrs: ['0.0.0.0/0'] })),
      /may not contain 0\.0\.0\.0\/0/,
    );
  });

  test('exposes the managed secret ARN for task roles', () => {
    let secret = '';
    const synth = synthStack(ctxOf(), (s) => {
      secret = new PostgresDatabase(s, 'db', net).secretArn;
      new TerraformOutput(s, 'secret', { value: secret });
    });
    assert.match(
      String(synth.parsed.output?.secret?.value),
      /aws_db_instance\.[\w-]+\.master_user_secret\[0\]\.secret_arn/,
    );
  });
});

describe('Queue', () => {
  test('encrypts with SSE-SQS by default and redrives to a dead-letter queue', () => {
    const synth = synthStack(ctxOf(), (s) => new Queue(s, 'jobs', { maxReceiveCount: 3 }));
    const queues = resourcesOf(synth, 'aws_sqs_queue');
    const main = Object.values(queues).find((q) => q.name === 'test-orders-data-jobs')!;
    const dlq = Object.values(queues).find((q) => q.name === 'test-orders-data-jobs-dlq')!;
    assert.equal(main.sqs_managed_sse_enabled, true);
    assert.equal(dlq.sqs_managed_sse_enabled, true);
    const redrive = JSON.parse(
      String(Object.values(resourcesOf(synth, 'aws_sqs_queue_redrive_policy'))[0]!.redrive_policy),
    ) as { deadLetterTargetArn: string; maxReceiveCount: number };
    assert.equal(redrive.maxReceiveCount, 3);
    assert.match(redrive.deadLetterTargetArn, /aws_sqs_queue\.[\w-]+dlq[\w-]*\.arn/);
    assert.equal(Object.keys(resourcesOf(synth, 'aws_sqs_queue_policy')).length, 2);
  });

  test('uses a customer key when given and names FIFO queues with .fifo', () => {
    const synth = synthStack(
      ctxOf(),
      (s) => new Queue(s, 'events', { fifo: true, kmsKeyArn: 'arn:aws:kms:us-east-1:1:key/k' }),
    );
    const names = Object.values(resourcesOf(synth, 'aws_sqs_queue')).map((q) => [
      q.name,
      q.kms_master_key_id,
      q.fifo_queue,
    ]);
    assert.deepEqual(names.sort(), [
      ['test-orders-data-events-dlq.fifo', 'arn:aws:kms:us-east-1:1:key/k', true],
      ['test-orders-data-events.fifo', 'arn:aws:kms:us-east-1:1:key/k', true],
    ]);
  });
});
