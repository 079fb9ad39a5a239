import { Network, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { networkOutputs } from './index';

/** The shared VPC: sized per environment (`sizes.azCount`, `natGateways`, `vpcCidr`), with flow logs. */
export default class NetworkStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const network = new Network(this, 'network');
    networkOutputs.publish(this, {
      vpcId: network.vpcId,
      vpcCidr: network.vpcCidr,
      publicSubnetIds: network.publicSubnetIds,
      privateSubnetIds: network.privateSubnetIds,
    });
  }
}
