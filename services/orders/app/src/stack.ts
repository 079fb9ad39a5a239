import { platformOutputs, servicePlacement } from '@shared/platform';
import { securityBaselineOutputs } from '@shared/security-baseline';
import {
  EcsService,
  ServiceSecurity,
  StratumStack,
  type Construct,
  type StackContext,
} from '@stratum/constructs';
import { ordersQueueOutputs } from '../../queue/src/index';
import { ordersAppOutputs } from './index';

/**
 * The orders API at /orders, sending work to its queue. Orders is at adoption phase 2 (no security stack of
 * its own yet), so its one permission lives here beside the service.
 */
export default class OrdersAppStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const platform = platformOutputs.read(this, ctx);
    const baseline = securityBaselineOutputs.read(this, ctx);
    const queue = ordersQueueOutputs.read(this, ctx);
    const service = new EcsService(this, 'api', {
      ...servicePlacement(this, ctx),
      name: 'orders-api',
      image: 'public.ecr.aws/docker/library/nginx:1.27-alpine',
      containerPort: 80,
      healthCheckPath: '/',
      listenerRulePriority: 200,
      pathPatterns: ['/orders', '/orders/*'],
      permissionBoundaryArn: baseline.permissionBoundaryArn,
      environment: { QUEUE_URL: queue.queueUrl },
    });
    if (!service.taskRoleName) throw new Error('orders-app: the service must create its own task role.');
    new ServiceSecurity(this, 'orders', {
      taskRoleName: service.taskRoleName,
      statements: [
        {
          sid: 'SendOrders',
          actions: ['sqs:SendMessage', 'sqs:GetQueueAttributes'],
          resources: [queue.queueArn],
        },
      ],
    });
    ordersAppOutputs.publish(this, {
      clusterName: platform.clusterName,
      serviceName: service.serviceName,
      targetGroupArnSuffix: service.targetGroupArnSuffix,
    });
  }
}
