// What the orders queue publishes to the orders application and monitoring.
import { defineOutputs } from '@stratum/constructs';

export const ordersQueueOutputs = defineOutputs('orders-queue', {
  queueUrl: 'string',
  queueArn: 'string',
  queueName: 'string',
  dlqName: 'string',
});
