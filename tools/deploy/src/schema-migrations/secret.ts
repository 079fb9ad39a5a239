import { awsJsonCall } from '../aws/json-call';

/** A database login: what an RDS-managed master user secret holds (`{"username": …, "password": …}`). */
export interface DatabaseLogin {
  readonly username: string;
  readonly password: string;
}

/** Reads a database login from a Secrets Manager secret, by ARN. */
export type LoginReader = (secretArn: string) => Promise<DatabaseLogin>;

/**
 * Reads RDS-managed secrets from Secrets Manager in the secret's own region (from its ARN), signed with the default
 * AWS credential chain, the one terraform uses (env keys, profile, SSO, web identity from CI's OIDC step, IMDS).
 * `endpoint` and `credentials` point it at an emulator instead.
 */
export function secretsManagerLogins(
  options: {
    readonly endpoint?: string;
    readonly credentials?: { accessKeyId: string; secretAccessKey: string };
  } = {},
): LoginReader {
  return async (secretArn) => {
    const region = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):/.exec(secretArn)?.[1];
    if (!region) throw new Error(`'${secretArn}' is not a Secrets Manager secret ARN`);
    const response = await awsJsonCall({
      service: 'secretsmanager',
      region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      jsonVersion: '1.1',
      target: 'secretsmanager.GetSecretValue',
      body: { SecretId: secretArn },
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    if (response.status !== 200) {
      let fault: { __type?: string; message?: string; Message?: string } = {};
      try {
        fault = JSON.parse(response.text) as typeof fault;
      } catch {
        // not JSON: the status says enough
      }
      const type = fault.__type?.split('#').pop() ?? `HTTP ${response.status}`;
      const hint =
        type === 'ResourceNotFoundException'
          ? 'the stack publishes a secret that does not exist in that region: check its secret output'
          : 'the deploying role needs secretsmanager:GetSecretValue on it (and kms:Decrypt on its key)';
      throw new Error(
        `Secrets Manager GetSecretValue of ${secretArn} failed: ${type} (${fault.message ?? fault.Message ?? response.text.slice(0, 200)}); ${hint}`,
      );
    }
    const value = (JSON.parse(response.text) as { SecretString?: string }).SecretString;
    let login: Partial<DatabaseLogin> = {};
    try {
      login = value ? (JSON.parse(value) as Partial<DatabaseLogin>) : {};
    } catch {
      // reported below without the value
    }
    if (typeof login.username !== 'string' || typeof login.password !== 'string')
      throw new Error(
        `the secret ${secretArn} does not hold a JSON {"username", "password"} login (RDS-managed master user secrets do)`,
      );
    return { username: login.username, password: login.password };
  };
}
