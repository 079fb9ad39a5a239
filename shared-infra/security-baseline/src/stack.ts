import { SecurityBaseline, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { securityBaselineOutputs } from './index';

/** The account baseline: a rotated KMS key, an organisation-wide CloudTrail and the permission boundary. */
export default class SecurityBaselineStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const baseline = new SecurityBaseline(this, 'baseline');
    securityBaselineOutputs.publish(this, {
      kmsKeyArn: baseline.kmsKeyArn,
      permissionBoundaryArn: baseline.permissionBoundaryArn,
    });
  }
}
