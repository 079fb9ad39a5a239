import { networkOutputs } from '@shared/network';
import { securityBaselineOutputs } from '@shared/security-baseline';
import { PostgresDatabase, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { paymentsDataOutputs } from './index';

/**
 * Payments' PostgreSQL database in the private subnets, encrypted with the baseline key. Who may connect is
 * decided in the security layer (services/payments/security), not here.
 */
export default class PaymentsDataStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const network = networkOutputs.read(this, ctx);
    const baseline = securityBaselineOutputs.read(this, ctx);
    const db = new PostgresDatabase(this, 'db', {
      vpcId: network.vpcId,
      subnetIds: network.privateSubnetIds,
      kmsKeyArn: baseline.kmsKeyArn,
      databaseName: 'payments',
      ingressManagedElsewhere: true, // services/payments/security opens API tasks → database
    });
    paymentsDataOutputs.publish(this, {
      dbEndpoint: db.endpoint,
      dbPort: db.port,
      dbSecurityGroupId: db.securityGroupId,
      dbSecretArn: db.secretArn,
      dbIdentifier: db.instanceIdentifier,
    });
  }
}
