import { Queue, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { ordersQueueOutputs } from './index';

/** Orders' work queue with a dead-letter queue; encrypted at rest (SSE-SQS). */
export default class OrdersQueueStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const queue = new Queue(this, 'orders');
    ordersQueueOutputs.publish(this, {
      queueUrl: queue.queueUrl,
      queueArn: queue.queueArn,
      queueName: queue.queueName,
      dlqName: queue.dlqName,
    });
  }
}
