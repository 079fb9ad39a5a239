// What the network publishes to its dependants. Import this (as `@shared/network`) to read it:
// `networkOutputs.read(this, this.ctx).privateSubnetIds`.
import { defineOutputs } from '@stratum/constructs';

export const networkOutputs = defineOutputs('network', {
  vpcId: 'string',
  vpcCidr: 'string',
  publicSubnetIds: 'list',
  privateSubnetIds: 'list',
});
