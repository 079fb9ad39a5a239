// What the platform publishes: the ECS cluster and the shared load balancer services attach to.
import { networkOutputs } from '@shared/network';
import { defineOutputs, type Construct, type StackContext } from '@stratum/constructs';

export const platformOutputs = defineOutputs('platform', {
  clusterArn: 'string',
  clusterName: 'string',
  albListenerArn: 'string',
  albSecurityGroupId: 'string',
  albArnSuffix: 'string',
  taskExecutionRoleArn: 'string',
  taskExecutionRoleName: 'string',
});

/**
 * Where a service runs: the platform's cluster and load balancer and the network's private subnets, as
 * `EcsService` props. Service application stacks spread this and add their own image, routing and settings.
 */
export function servicePlacement(scope: Construct, ctx: StackContext) {
  const network = networkOutputs.read(scope, ctx);
  const platform = platformOutputs.read(scope, ctx);
  return {
    clusterArn: platform.clusterArn,
    albListenerArn: platform.albListenerArn,
    albSecurityGroupId: platform.albSecurityGroupId,
    taskExecutionRoleArn: platform.taskExecutionRoleArn,
    taskExecutionRoleName: platform.taskExecutionRoleName,
    vpcId: network.vpcId,
    vpcCidr: network.vpcCidr,
    subnetIds: network.privateSubnetIds,
  };
}
