import { EmulatorError } from './errors';

/** moto's signature check is off; the Authorization header only tells it the service and region. */
function authorization(region: string): string {
  return `AWS4-HMAC-SHA256 Credential=test/20260101/${region}/s3/aws4_request, SignedHeaders=host, Signature=0`;
}

export interface StateBucketResult {
  readonly bucket: string;
  /** False when the bucket was there already. */
  readonly created: boolean;
}

/**
 * Creates the S3 bucket an emulated environment keeps its Terraform state in (path-style, on the emulator's
 * endpoint), with versioning on as a state bucket should have. Idempotent: an existing bucket is left as it is.
 */
export async function ensureStateBucket(
  endpoint: string,
  bucket: string,
  region: string,
): Promise<StateBucketResult> {
  const url = `${endpoint.replace(/\/$/, '')}/${bucket}`;
  const headers = { Authorization: authorization(region), 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
  const head = await fetch(url, { method: 'HEAD', headers });
  if (head.ok) return { bucket, created: false };
  const body =
    region === 'us-east-1'
      ? undefined
      : `<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>${region}</LocationConstraint></CreateBucketConfiguration>`;
  const created = await fetch(url, { method: 'PUT', headers, ...(body ? { body } : {}) });
  const text = await created.text();
  if (!created.ok && !/BucketAlreadyOwnedByYou/.test(text))
    throw new EmulatorError(
      `Could not create the state bucket ${bucket} on ${endpoint} (HTTP ${created.status}): ${text.slice(0, 300)}`,
    );
  const versioning = await fetch(`${url}?versioning`, {
    method: 'PUT',
    headers,
    body: '<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Status>Enabled</Status></VersioningConfiguration>',
  });
  await versioning.arrayBuffer();
  return { bucket, created: true };
}
