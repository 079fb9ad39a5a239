import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureStateBucket, findMotoServer, freePort, startEmulator, stopEmulator } from '@stratum/emulator';
import { missing } from '@stratum/testing';
import { readDynamodbLock } from './tf-lock-dynamodb';
import { readS3Lock, stateLockLocation, type S3BackendBlock } from './tf-lock-store';

const REPO_ROOT = join(__dirname, '../../..');
const moto = findMotoServer({ root: REPO_ROOT, processEnv: process.env });
const AUTH = (service: string) =>
  `AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`;

/** Terraform's lock info as it writes it (the fields force-unlock and the takeover compare). */
const INFO = {
  ID: '3f1e-lock',
  Operation: 'OperationTypeApply',
  Who: 'ci@runner-a',
  Created: '2026-12-03T10:00:00Z',
};

describe(
  'Terraform state locks read from the emulator',
  { skip: missing('moto_server', moto !== undefined, "pip install 'moto[server]==5.2.1'") },
  () => {
    const root = mkdtempSync(join(tmpdir(), 'stratum-tflock-'));
    let endpoint = '';
    let backend: S3BackendBlock;
    before(async () => {
      endpoint = `http://127.0.0.1:${await freePort()}`;
      await startEmulator({
        root,
        env: { name: 'tflock', endpoint },
        motoServer: moto!.bin,
        processEnv: process.env,
      });
      await ensureStateBucket(endpoint, 'locks-bucket', 'us-east-1');
      backend = {
        bucket: 'locks-bucket',
        key: 'stratum/prod/us-east-1/network.tfstate',
        region: 'us-east-1',
        use_lockfile: true,
        dynamodb_table: 'tf-locks',
        endpoints: { s3: endpoint, dynamodb: endpoint },
        access_key: 'test',
        secret_key: 'test',
      };
    });
    after(async () => {
      await stopEmulator({ root, env: { name: 'tflock', endpoint } }).catch(() => undefined);
      rmSync(root, { recursive: true, force: true });
    });

    test('the S3 lockfile: none, then the lock info terraform wrote', async () => {
      assert.equal(await readS3Lock(backend), undefined);
      const put = await fetch(`${endpoint}/locks-bucket/${backend.key}.tflock`, {
        method: 'PUT',
        headers: { Authorization: AUTH('s3'), 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
        body: JSON.stringify(INFO),
      });
      assert.equal(put.status, 200, await put.text());
      assert.deepEqual(await readS3Lock(backend), INFO);
      const location = stateLockLocation(backend)!;
      assert.deepEqual([location.kind, location.path], ['s3', `locks-bucket/${backend.key}.tflock`]);
    });

    test('the DynamoDB lock item: none, then its Info; chosen when use_lockfile is off', async () => {
      const call = async (target: string, body: object) => {
        const response = await fetch(`${endpoint}/`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-amz-json-1.0',
            'x-amz-target': `DynamoDB_20120810.${target}`,
            Authorization: AUTH('dynamodb'),
          },
          body: JSON.stringify(body),
        });
        assert.equal(response.status, 200, await response.text());
      };
      await call('CreateTable', {
        TableName: 'tf-locks',
        KeySchema: [{ AttributeName: 'LockID', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'LockID', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      });
      assert.equal(await readDynamodbLock(backend), undefined);
      await call('PutItem', {
        TableName: 'tf-locks',
        Item: { LockID: { S: `locks-bucket/${backend.key}` }, Info: { S: JSON.stringify(INFO) } },
      });
      const location = stateLockLocation({ ...backend, use_lockfile: false })!;
      assert.deepEqual([location.kind, location.path], ['dynamodb', `tf-locks/locks-bucket/${backend.key}`]);
      assert.deepEqual(await location.read(), INFO);
      assert.equal(
        stateLockLocation({ ...backend, use_lockfile: false, dynamodb_table: undefined }),
        undefined,
      );
    });
  },
);
