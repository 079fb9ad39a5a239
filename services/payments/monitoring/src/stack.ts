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
import { paymentsAppOutputs } from '../../app/src/index';
import { paymentsDataOutputs } from '../../data/src/index';

/**
 * Payments' alarms (API CPU/memory, 5xx, database CPU and storage) and the burn-rate alarms of its SLOs
 * (services/payments/slo.yaml), notifying the shared alarm topic.
 */
export default class PaymentsMonitoringStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const observability = observabilityOutputs.read(this, ctx);
    const platform = platformOutputs.read(this, ctx);
    const app = paymentsAppOutputs.read(this, ctx);
    const data = paymentsDataOutputs.read(this, ctx);
    new ServiceAlarms(this, 'alarms', {
      alarmTopicArn: observability.alarmTopicArn,
      ecs: { clusterName: app.clusterName, serviceName: app.serviceName },
      alb: { loadBalancerArnSuffix: platform.albArnSuffix, targetGroupArnSuffix: app.targetGroupArnSuffix },
      database: { instanceIdentifier: data.dbIdentifier },
    });
    // SLO burn-rate alarms from ../../slo.yaml (OpenSLO); the SLI is measured on the ALB in CloudWatch.
    new ServiceSloAlarms(this, 'slo', {
      file: join(__dirname, '../../slo.yaml'),
      alarmTopicArn: observability.alarmTopicArn,
      indicators: {
        'payments-api-errors': albRequestIndicator({
          loadBalancerArnSuffix: platform.albArnSuffix,
          targetGroupArnSuffix: app.targetGroupArnSuffix,
        }),
      },
    });
  }
}
