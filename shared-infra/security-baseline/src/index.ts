// What the security baseline publishes: the account KMS key and the permission boundary every service role carries.
import { defineOutputs } from '@stratum/constructs';

export const securityBaselineOutputs = defineOutputs('security-baseline', {
  kmsKeyArn: 'string',
  permissionBoundaryArn: 'string',
});
