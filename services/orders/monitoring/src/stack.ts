import { observabilityOutputs } from '@shared/observability';
import { platformOutputs } from '@shared/platform';
import { ServiceAlarms, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { ordersAppOutputs } from '../../app/src/index';
import { ordersQueueOutputs } from '../../queue/src/index';

/** Orders' alarms (API CPU/memory, 5xx, dead letters) notifying the shared alarm topic. */
export default class OrdersMonitoringStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const observability = observabilityOutputs.read(this, ctx);
    const platform = platformOutputs.read(this, ctx);
    const app = ordersAppOutputs.read(this, ctx);
    const queue = ordersQueueOutputs.read(this, ctx);
    new ServiceAlarms(this, 'alarms', {
      alarmTopicArn: observability.alarmTopicArn,
      ecs: { clusterName: app.clusterName, serviceName: app.serviceName },
      alb: { loadBalancerArnSuffix: platform.albArnSuffix, targetGroupArnSuffix: app.targetGroupArnSuffix },
      deadLetterQueueNames: [queue.dlqName],
    });
  }
}
