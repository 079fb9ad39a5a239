import { createHash, createHmac } from 'node:crypto';

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

/** Static keys (an emulator's), or undefined for the default AWS credential chain (env, profile, SSO, IMDS, OIDC). */
export interface StaticCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface AwsJsonRequest {
  /** The signing name, e.g. `dynamodb`, `secretsmanager`. */
  readonly service: string;
  readonly region: string;
  /** The service endpoint; @default `https://<service>.<region>.amazonaws.com` */
  readonly endpoint?: string;
  /** The JSON protocol version: DynamoDB speaks 1.0, Secrets Manager 1.1. */
  readonly jsonVersion: '1.0' | '1.1';
  /** `X-Amz-Target`, e.g. `DynamoDB_20120810.GetItem`. */
  readonly target: string;
  readonly body: unknown;
  readonly credentials?: StaticCredentials;
}

/**
 * One call to an AWS JSON-protocol API, signed with SigV4 (no per-service SDK client: the signer and the credential
 * chain are the only AWS packages this needs). Returns the HTTP status and body text; the caller judges them.
 */
export async function awsJsonCall(request: AwsJsonRequest): Promise<{ status: number; text: string }> {
  const endpoint = new URL(request.endpoint ?? `https://${request.service}.${request.region}.amazonaws.com`);
  const [{ SignatureV4 }, { defaultProvider }] = await Promise.all([
    import('@smithy/signature-v4'),
    import('@aws-sdk/credential-provider-node'),
  ]);
  const signer = new SignatureV4({
    service: request.service,
    region: request.region,
    credentials: request.credentials ?? defaultProvider(),
    sha256: Sha256,
  });
  const body = JSON.stringify(request.body);
  const signed = await signer.sign({
    method: 'POST',
    protocol: endpoint.protocol,
    hostname: endpoint.hostname,
    ...(endpoint.port ? { port: Number(endpoint.port) } : {}),
    path: endpoint.pathname || '/',
    headers: {
      host: endpoint.host,
      'content-type': `application/x-amz-json-${request.jsonVersion}`,
      'x-amz-target': request.target,
    },
    body,
  });
  const response = await fetch(endpoint, { method: 'POST', headers: signed.headers, body });
  return { status: response.status, text: await response.text() };
}
