import { networkOutputs } from '@shared/network';
import { securityBaselineOutputs } from '@shared/security-baseline';
import { EcsPlatform, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { platformOutputs } from './index';

/** The ECS cluster every service runs on and the shared load balancer in the public subnets. */
export default class PlatformStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const network = networkOutputs.read(this, ctx);
    const baseline = securityBaselineOutputs.read(this, ctx);
    const platform = new EcsPlatform(this, 'platform', {
      vpcId: network.vpcId,
      vpcCidr: network.vpcCidr,
      publicSubnetIds: network.publicSubnetIds,
      permissionBoundaryArn: baseline.permissionBoundaryArn,
    });
    platformOutputs.publish(this, {
      clusterArn: platform.clusterArn,
      clusterName: platform.clusterName,
      albListenerArn: platform.albListenerArn,
      albSecurityGroupId: platform.albSecurityGroupId,
      albArnSuffix: platform.albArnSuffix,
      taskExecutionRoleArn: platform.taskExecutionRoleArn,
      taskExecutionRoleName: platform.taskExecutionRoleName,
    });
  }
}
