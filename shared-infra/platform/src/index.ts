// What the platform publishes: the ECS cluster and the shared load balancer services attach to.
import { defineOutputs } from '@stratum/constructs';

export const platformOutputs = defineOutputs('platform', {
  clusterArn: 'string',
  clusterName: 'string',
  albListenerArn: 'string',
  albSecurityGroupId: 'string',
  albArnSuffix: 'string',
  taskExecutionRoleArn: 'string',
  taskExecutionRoleName: 'string',
});
