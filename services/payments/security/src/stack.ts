import { StratumStack, ServiceSecurity, type Construct, type StackContext } from '@stratum/constructs';
import { paymentsAppOutputs } from '../../app/src/index';
import { paymentsDataOutputs } from '../../data/src/index';

/**
 * Payments' security layer: what the API's task role may do (read its database secret) and which network
 * paths are open (API tasks → database on the PostgreSQL port). Reviewed by the security owners.
 */
export default class PaymentsSecurityStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const app = paymentsAppOutputs.read(this, ctx);
    const data = paymentsDataOutputs.read(this, ctx);
    new ServiceSecurity(this, 'payments', {
      taskRoleName: app.taskRoleName,
      statements: [
        {
          sid: 'ReadDatabaseSecret',
          actions: ['secretsmanager:GetSecretValue'],
          resources: [data.dbSecretArn],
        },
      ],
      securityGroupRules: [
        {
          fromSecurityGroupId: app.securityGroupId,
          toSecurityGroupId: data.dbSecurityGroupId,
          port: 5432,
          description: 'payments API tasks to the payments database',
        },
      ],
    });
  }
}
