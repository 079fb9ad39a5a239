// What the payments application publishes to its security and monitoring stacks.
import { defineOutputs } from '@stratum/constructs';

export const paymentsAppOutputs = defineOutputs('payments-app', {
  clusterName: 'string',
  serviceName: 'string',
  securityGroupId: 'string',
  taskRoleName: 'string',
  targetGroupArnSuffix: 'string',
});
