// What the orders application publishes to its monitoring stack.
import { defineOutputs } from '@stratum/constructs';

export const ordersAppOutputs = defineOutputs('orders-app', {
  clusterName: 'string',
  serviceName: 'string',
  targetGroupArnSuffix: 'string',
});
