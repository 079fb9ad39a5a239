import type { Environment } from '@stratum/config';
import type { Workspace } from '@stratum/workspace';
import type { RegionApplied } from '../deploy';
import { alarmNamesOf, CloudWatchAlarmCheck } from './cloudwatch';
import type { HealthCheck } from './health';
import { PrometheusBurnCheck } from './prometheus';
import type { AwsCredentials } from './sigv4';

/** moto accepts any credentials; these only name the account. */
const EMULATOR_CREDENTIALS: AwsCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };

export interface RegionHealthOptions {
  readonly env: Environment;
  readonly workspace: Workspace;
  /** For CloudWatch on real AWS (the caller's AWS_* variables); the emulator needs none. */
  readonly credentials?: AwsCredentials;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** Where the bake's AWS calls get their credentials; undefined when real AWS and none are given. */
export function bakeCredentials(
  env: Environment,
  given: AwsCredentials | undefined,
): AwsCredentials | undefined {
  return env.endpoint ? EMULATOR_CREDENTIALS : given;
}

/**
 * The health checks of one applied region: the CloudWatch alarms its monitoring-layer stacks define, and, when
 * `promotion.prometheusUrl` is set, the burn-rate alerts of the services the region changed.
 */
export function regionHealthChecks(applied: RegionApplied, options: RegionHealthOptions): HealthCheck[] {
  const { env, workspace } = options;
  const checks: HealthCheck[] = [];
  const alarmNames = [...applied.artifacts.values()]
    .filter((a) => a.region === applied.region && a.layer === 'monitoring')
    .flatMap((a) => alarmNamesOf(a.json));
  const credentials = bakeCredentials(env, options.credentials);
  if (alarmNames.length > 0 && credentials) {
    checks.push(
      new CloudWatchAlarmCheck({
        region: applied.region,
        alarmNames,
        credentials,
        ...(env.endpoint ? { endpoint: env.endpoint } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    );
  }
  const services = [
    ...new Set(
      applied.units
        .filter((u) => u.status === 'succeeded')
        .flatMap((u) => workspace.projects.get(u.unit.project)?.service ?? []),
    ),
  ].sort();
  const prometheusUrl = env.promotion?.prometheusUrl;
  if (prometheusUrl && services.length > 0) {
    checks.push(
      new PrometheusBurnCheck({
        baseUrl: prometheusUrl,
        services,
        ...(options.fetch ? { fetch: options.fetch } : {}),
      }),
    );
  }
  return checks;
}
