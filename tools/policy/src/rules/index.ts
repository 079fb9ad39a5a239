import { cloudTrailRule } from './cloudtrail';
import { ebsEncryptionRule } from './ebs-encryption';
import { foreignSkipMarkersRule } from './foreign-skip-markers';
import { iamAdminRule } from './iam-admin';
import { imdsv2Rule } from './imdsv2';
import { kmsRotationRule } from './kms-rotation';
import { modulesRule } from './modules';
import { plaintextSecretsRule } from './plaintext-secrets';
import { rdsDeletionProtectionRule } from './rds-deletion-protection';
import { rdsEncryptionRule } from './rds-encryption';
import { rdsPublicRule } from './rds-public';
import type { Rule } from './rule';
import { s3EncryptionDeclaredRule, s3EncryptionRule } from './s3-encryption';
import { s3PublicAccessBlockRule } from './s3-public-access-block';
import { s3PublicAclRule } from './s3-public-acl';
import { sgAllPortsRule } from './sg-all-ports';
import { sgRdpRule } from './sg-rdp';
import { sgSshRule } from './sg-ssh';
import { suppressionValidityRule } from './suppression-validity';
import { vpcFlowLogsRule } from './vpc-flow-logs';

/** Every rule of the gate, in report order. Ids are stable: suppressions and environments refer to them. */
export const RULES: readonly Rule[] = [
  sgSshRule,
  sgRdpRule,
  sgAllPortsRule,
  s3PublicAccessBlockRule,
  s3PublicAclRule,
  s3EncryptionRule,
  s3EncryptionDeclaredRule,
  rdsEncryptionRule,
  rdsPublicRule,
  rdsDeletionProtectionRule,
  ebsEncryptionRule,
  iamAdminRule,
  cloudTrailRule,
  vpcFlowLogsRule,
  imdsv2Rule,
  kmsRotationRule,
  plaintextSecretsRule,
  suppressionValidityRule,
  foreignSkipMarkersRule,
  modulesRule,
];
