import { platformOutputs, servicePlacement } from '@shared/platform';
import { securityBaselineOutputs } from '@shared/security-baseline';
import { EcsService, StratumStack, type Construct, type StackContext } from '@stratum/constructs';
import { paymentsDataOutputs } from '../../data/src/index';
import { paymentsAppOutputs } from './index';

/** The payments API: a Fargate service behind the shared load balancer at /payments, reading its database. */
export default class PaymentsAppStack extends StratumStack {
  constructor(scope: Construct, ctx: StackContext) {
    super(scope, ctx);
    const platform = platformOutputs.read(this, ctx);
    const baseline = securityBaselineOutputs.read(this, ctx);
    const data = paymentsDataOutputs.read(this, ctx);
    const service = new EcsService(this, 'api', {
      ...servicePlacement(this, ctx),
      name: 'payments-api',
      image: 'public.ecr.aws/docker/library/nginx:1.27-alpine',
      containerPort: 80,
      healthCheckPath: '/',
      listenerRulePriority: 100,
      pathPatterns: ['/payments', '/payments/*'],
      permissionBoundaryArn: baseline.permissionBoundaryArn,
      environment: { DB_HOST: data.dbEndpoint, DB_NAME: 'payments' },
      secrets: { DB_PASSWORD: { secretArn: data.dbSecretArn, jsonKey: 'password' } },
      secretsKmsKeyArn: baseline.kmsKeyArn,
    });
    paymentsAppOutputs.publish(this, {
      clusterName: platform.clusterName,
      serviceName: service.serviceName,
      securityGroupId: service.securityGroupId,
      taskRoleName: requireRoleName(service.taskRoleName),
      targetGroupArnSuffix: service.targetGroupArnSuffix,
    });
  }
}

function requireRoleName(name: string | undefined): string {
  if (!name)
    throw new Error(
      'payments-app: the service must create its own task role so the security layer can grant to it.',
    );
  return name;
}
