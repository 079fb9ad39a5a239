import { createHash, createHmac } from 'node:crypto';
import type { S3BackendBlock, TerraformLockInfo } from './tf-lock-store';

/** node:crypto as the `Checksum` the SigV4 signer wants (SHA-256, or HMAC-SHA-256 with a secret). */
type Data = string | ArrayBuffer | ArrayBufferView;

function bytes(data: Data): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

class Sha256 {
  readonly #hash;
  constructor(secret?: Data) {
    this.#hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: Data): void {
    this.#hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.#hash.digest());
  }
  reset(): void {
    // the signer makes a new instance per digest
  }
}

/** The DynamoDB item Terraform's S3 backend locks a state with: `LockID = <bucket>/<key>`. */
export function dynamodbLockPath(backend: S3BackendBlock): string {
  return `${backend.dynamodb_table}/${backend.bucket}/${backend.key}`;
}

/**
 * The lock Terraform holds on this state in its DynamoDB lock table (the item's `Info` is the lock info JSON), or
 * undefined when there is none. Signed with SigV4: the backend's emulator keys, or the default AWS credential chain.
 */
export async function readDynamodbLock(backend: S3BackendBlock): Promise<TerraformLockInfo | undefined> {
  if (!backend.dynamodb_table) return undefined;
  const endpoint = new URL(backend.endpoints?.dynamodb ?? `https://dynamodb.${backend.region}.amazonaws.com`);
  const [{ SignatureV4 }, { defaultProvider }] = await Promise.all([
    import('@smithy/signature-v4'),
    import('@aws-sdk/credential-provider-node'),
  ]);
  const credentials = backend.endpoints?.dynamodb
    ? { accessKeyId: backend.access_key ?? 'test', secretAccessKey: backend.secret_key ?? 'test' }
    : defaultProvider();
  const signer = new SignatureV4({
    service: 'dynamodb',
    region: backend.region,
    credentials,
    sha256: Sha256,
  });
  const body = JSON.stringify({
    TableName: backend.dynamodb_table,
    Key: { LockID: { S: `${backend.bucket}/${backend.key}` } },
    ConsistentRead: true,
  });
  const signed = await signer.sign({
    method: 'POST',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
    path: endpoint.pathname || '/',
    headers: {
      host: endpoint.host,
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'DynamoDB_20120810.GetItem',
    },
    body,
  });
  const response = await fetch(endpoint, { method: 'POST', headers: signed.headers, body });
  const text = await response.text();
  if (!response.ok)
    throw new Error(
      `DynamoDB GetItem on ${backend.dynamodb_table} failed (HTTP ${response.status}): ${text.slice(0, 300)}`,
    );
  const item = (JSON.parse(text) as { Item?: { Info?: { S?: string } } }).Item;
  if (!item?.Info?.S) return undefined;
  const info = JSON.parse(item.Info.S) as Partial<TerraformLockInfo>;
  return typeof info.ID === 'string' ? (info as TerraformLockInfo) : undefined;
}
