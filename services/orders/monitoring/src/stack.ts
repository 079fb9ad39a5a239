import { join } from 'node:path';
import { observabilityOutputs } from '@shared/observability';
import { platformOutputs } from '@shared/platform';
import {
  ServiceAlarms,
  StratumStack,
  albRequestIndicator,
  type Construct,
  type StackContext,
} from '@stratum/constructs';
import { ServiceSloAlarms } from '@stratum/slo/alarms';
import { ordersAppOutputs } from '../../app/src/index';
import { ordersQueueOutputs } from '../../queue/src/index';

/**
 * Orders' alarms (API CPU/memory, 5xx, dead letters) and the burn-rate alarms of its SLOs (services/orders/slo.yaml),
 * notifying the shared alarm topic.
 */
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
    // SLO burn-rate alarms from ../../slo.yaml (OpenSLO); the SLI is measured on the ALB in CloudWatch.
    new ServiceSloAlarms(this, 'slo', {
      file: join(__dirname, '../../slo.yaml'),
      alarmTopicArn: observability.alarmTopicArn,
      indicators: {
        'orders-api-good-requests': albRequestIndicator({
          loadBalancerArnSuffix: platform.albArnSuffix,
          targetGroupArnSuffix: app.targetGroupArnSuffix,
        }),
      },
    });
  }
}
