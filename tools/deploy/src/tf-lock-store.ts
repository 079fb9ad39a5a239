import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { dynamodbLockPath, readDynamodbLock } from './tf-lock-dynamodb';
import type { S3BackendBlock, TerraformLockInfo } from './tf-lock-types';

export type { S3BackendBlock, TerraformLockInfo };

/** The S3 backend block of the stack folder's `cdk.tf.json`, when its state is in S3. */
export function s3BackendOf(dir: string): S3BackendBlock | undefined {
  let parsed: { terraform?: { backend?: { s3?: S3BackendBlock } } };
  try {
    parsed = JSON.parse(readFileSync(join(dir, 'cdk.tf.json'), 'utf8')) as typeof parsed;
  } catch {
    return undefined;
  }
  return parsed.terraform?.backend?.s3;
}

/** Where the S3 lockfile of a state lives: `<bucket>/<key>.tflock`. */
export function lockfilePath(backend: S3BackendBlock): string {
  return `${backend.bucket}/${backend.key}.tflock`;
}

const clients = new Map<string, Promise<S3Client>>();

/** One S3 client per endpoint and region: the backend's emulator endpoint and keys, or the default AWS chain. */
function clientFor(backend: S3BackendBlock): Promise<S3Client> {
  const endpoint = backend.endpoints?.s3;
  const cacheKey = `${endpoint ?? 'aws'}|${backend.region}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = import('@aws-sdk/client-s3').then(
      ({ S3Client: Client }) =>
        new Client({
          region: backend.region,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
          ...(endpoint
            ? {
                endpoint,
                forcePathStyle: true,
                credentials: {
                  accessKeyId: backend.access_key ?? 'test',
                  secretAccessKey: backend.secret_key ?? 'test',
                },
              }
            : {}),
        }),
    );
    clients.set(cacheKey, client);
  }
  return client;
}

/** The lock Terraform holds on this state through its S3 lockfile, or undefined when there is none. */
export async function readS3Lock(backend: S3BackendBlock): Promise<TerraformLockInfo | undefined> {
  const { GetObjectCommand } = await import('@aws-sdk/client-s3');
  const client = await clientFor(backend);
  try {
    const out = await client.send(
      new GetObjectCommand({ Bucket: backend.bucket, Key: `${backend.key}.tflock` }),
    );
    const text = (await out.Body?.transformToString()) ?? '';
    const info = JSON.parse(text) as Partial<TerraformLockInfo>;
    return typeof info.ID === 'string' ? (info as TerraformLockInfo) : undefined;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if ((error as Error).name === 'NoSuchKey' || status === 404) return undefined;
    throw error;
  }
}

/** Where Terraform locks a state: its S3 lockfile when `use_lockfile` is on, else its DynamoDB item. */
export interface StateLockLocation {
  readonly kind: 's3' | 'dynamodb';
  /** `<bucket>/<key>.tflock` or `<table>/<bucket>/<key>`. */
  readonly path: string;
  read(): Promise<TerraformLockInfo | undefined>;
}

export function stateLockLocation(
  backend: S3BackendBlock,
  kind?: 's3' | 'dynamodb',
): StateLockLocation | undefined {
  const which = kind ?? (backend.use_lockfile ? 's3' : backend.dynamodb_table ? 'dynamodb' : undefined);
  if (which === 's3') return { kind: 's3', path: lockfilePath(backend), read: () => readS3Lock(backend) };
  if (which === 'dynamodb' && backend.dynamodb_table)
    return {
      kind: 'dynamodb',
      path: dynamodbLockPath(backend),
      read: () => readDynamodbLock(backend),
    };
  return undefined;
}
