import { observabilityOutputs } from '@shared/observability';
import { platformOutputs } from '@shared/platform';
import { ServiceAlarms, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { paymentsAppOutputs } from '../../app/src/index';
import { paymentsDataOutputs } from '../../data/src/index';

/** Payments' alarms (API CPU/memory, 5xx, database CPU and storage) notifying the shared alarm topic. */
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
  }
}
