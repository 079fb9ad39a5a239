import { securityBaselineOutputs } from '@shared/security-baseline';
import { SharedObservability, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { observabilityOutputs } from './index';

/** The alarm topic every service's alarms notify, and the central log group. */
export default class ObservabilityStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const baseline = securityBaselineOutputs.read(this, ctx);
    const observability = new SharedObservability(this, 'observability', { kmsKeyArn: baseline.kmsKeyArn });
    observabilityOutputs.publish(this, {
      alarmTopicArn: observability.alarmTopicArn,
      logGroupName: observability.logGroupName,
    });
  }
}
