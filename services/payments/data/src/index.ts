// What payments' data layer publishes to the payments application and its security stack.
import { defineOutputs } from '@stratum/constructs';

export const paymentsDataOutputs = defineOutputs('payments-data', {
  dbEndpoint: 'string',
  dbPort: 'number',
  dbSecurityGroupId: 'string',
  dbSecretArn: 'string',
  dbIdentifier: 'string',
});
