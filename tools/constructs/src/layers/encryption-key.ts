import { KmsAlias } from '@cdktn/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktn/provider-aws/lib/kms-key';
import { Construct } from '../cdktn';
import { policyDocument, type PolicyStatement } from './policy';
import { accountRoot, locationOf, stratumStackOf } from './stack-of';

export interface EncryptionKeyProps {
  /** Alias without the `alias/` prefix. @default names.resource(id) */
  readonly alias?: string;
  readonly description: string;
  /** Statements granting AWS services use of the key, added after the account-root admin statement. @default [] */
  readonly grants?: readonly PolicyStatement[];
  /** Waiting period before a scheduled deletion. @default 30 */
  readonly deletionWindowDays?: number;
}

/**
 * A symmetric customer-managed KMS key with yearly rotation and an alias. The key policy always lets the
 * account administer the key (so IAM policies can grant use of it) and adds the given service grants.
 */
export class EncryptionKey extends Construct {
  readonly keyArn: string;
  readonly keyId: string;
  /** `alias/<name>`. */
  readonly aliasName: string;

  constructor(scope: Construct, id: string, props: EncryptionKeyProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const {
      alias = stack.names.resource(id, 200),
      description,
      grants = [],
      deletionWindowDays = 30,
    } = props;
    if (deletionWindowDays < 7 || deletionWindowDays > 30) {
      throw new Error(
        `${this.node.path}: deletionWindowDays ${deletionWindowDays} must be between 7 and 30.`,
      );
    }
    const key = new KmsKey(this, 'key', {
      description,
      enableKeyRotation: true,
      deletionWindowInDays: deletionWindowDays,
      policy: policyDocument([
        { sid: 'AccountAdministers', principal: { AWS: accountRoot(locationOf(stack)) }, actions: ['kms:*'] },
        ...grants,
      ]),
    });
    this.aliasName = `alias/${alias}`;
    new KmsAlias(this, 'alias', { name: this.aliasName, targetKeyId: key.keyId });
    this.keyArn = key.arn;
    this.keyId = key.keyId;
  }
}
