import { awsJsonCall } from './aws/json-call';
import type { S3BackendBlock, TerraformLockInfo } from './tf-lock-types';

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
  const response = await awsJsonCall({
    service: 'dynamodb',
    region: backend.region,
    ...(backend.endpoints?.dynamodb ? { endpoint: backend.endpoints.dynamodb } : {}),
    jsonVersion: '1.0',
    target: 'DynamoDB_20120810.GetItem',
    body: {
      TableName: backend.dynamodb_table,
      Key: { LockID: { S: `${backend.bucket}/${backend.key}` } },
      ConsistentRead: true,
    },
    ...(backend.endpoints?.dynamodb
      ? {
          credentials: {
            accessKeyId: backend.access_key ?? 'test',
            secretAccessKey: backend.secret_key ?? 'test',
          },
        }
      : {}),
  });
  const text = response.text;
  if (response.status !== 200)
    throw new Error(
      `DynamoDB GetItem on ${backend.dynamodb_table} failed (HTTP ${response.status}): ${text.slice(0, 300)}`,
    );
  const item = (JSON.parse(text) as { Item?: { Info?: { S?: string } } }).Item;
  if (!item?.Info?.S) return undefined;
  const info = JSON.parse(item.Info.S) as Partial<TerraformLockInfo>;
  return typeof info.ID === 'string' ? (info as TerraformLockInfo) : undefined;
}
