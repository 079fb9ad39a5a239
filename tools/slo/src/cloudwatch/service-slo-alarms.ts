import { ConfigError } from '@stratum/config';
import { SloAlarms, stratumStackOf, type CloudWatchIndicator, type Construct } from '@stratum/constructs';
import { readSloFile } from '../openslo/parse';
import { cloudWatchAlarmPlan } from './alarm-plan';

export interface ServiceSloAlarmsProps {
  /** Absolute path of the service's `slo.yaml` (OpenSLO), e.g. `join(__dirname, '../../slo.yaml')`. */
  readonly file: string;
  /** Where `page` conditions notify (`SharedObservability.alarmTopicArn`). */
  readonly alarmTopicArn: string;
  /** Where `ticket` conditions notify. @default alarmTopicArn */
  readonly ticketTopicArn?: string;
  /** CloudWatch metrics of each SLI named in the file, by SLI name (e.g. `albRequestIndicator(...)`). */
  readonly indicators: Readonly<Record<string, CloudWatchIndicator>>;
}

/**
 * A service's SLO burn-rate alarms, read from its `slo.yaml`: the file is parsed, every SLO must name the service
 * the stack belongs to (`spec.service`), and each becomes the `SloAlarms` of its burn-rate conditions. Only a
 * project under `services/<service>/` can use it; shared infrastructure builds `SloAlarms` from its own plan.
 */
export class ServiceSloAlarms extends SloAlarms {
  constructor(scope: Construct, id: string, props: ServiceSloAlarmsProps) {
    const { project } = stratumStackOf(scope).ctx;
    if (!project.service) {
      throw new Error(
        `${project.root}: ServiceSloAlarms reads a service's slo.yaml, but project "${project.name}" is not in a ` +
          'service (services/<service>/...); build SloAlarms from cloudWatchAlarmPlan(...) instead.',
      );
    }
    const suffix = `services/${project.service}/slo.yaml`;
    const shown = props.file.replaceAll('\\', '/').endsWith(`/${suffix}`) ? suffix : props.file;
    const slos = readSloFile(props.file, shown);
    for (const slo of slos) {
      if (slo.service !== project.service) {
        throw new ConfigError(
          `${shown}: SLO "${slo.name}": spec.service: got "${slo.service}": project "${project.name}" belongs to ` +
            `service "${project.service}"; set spec.service to "${project.service}" or move the SLO to its service's slo.yaml.`,
          shown,
          'spec.service',
        );
      }
    }
    super(scope, id, {
      alarmTopicArn: props.alarmTopicArn,
      ...(props.ticketTopicArn === undefined ? {} : { ticketTopicArn: props.ticketTopicArn }),
      objectives: cloudWatchAlarmPlan(slos),
      indicators: props.indicators,
    });
  }
}
