import { CloudwatchMetricAlarm } from '@cdktn/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct } from '../cdktn';
import { stratumStackOf } from './stack-of';

export interface EcsAlarmTarget {
  readonly clusterName: string;
  readonly serviceName: string;
  /** @default 80 */
  readonly cpuThresholdPercent?: number;
  /** @default 80 */
  readonly memoryThresholdPercent?: number;
}

export interface AlbAlarmTarget {
  /** `EcsPlatform.albArnSuffix`. */
  readonly loadBalancerArnSuffix: string;
  /** `EcsService.targetGroupArnSuffix`. */
  readonly targetGroupArnSuffix: string;
  /** Target 5xx responses per period. @default 5 */
  readonly max5xxPerPeriod?: number;
}

export interface DatabaseAlarmTarget {
  /** `PostgresDatabase.instanceIdentifier`. */
  readonly instanceIdentifier: string;
  /** @default 80 */
  readonly cpuThresholdPercent?: number;
  /** @default 2 GiB */
  readonly minFreeStorageBytes?: number;
}

export interface ServiceAlarmsProps {
  /** The shared alarm topic (`SharedObservability.alarmTopicArn`). */
  readonly alarmTopicArn: string;
  /** Alarms on the ECS service's CPU and memory. @default none */
  readonly ecs?: EcsAlarmTarget;
  /** Alarm on 5xx responses from the service's targets. @default none */
  readonly alb?: AlbAlarmTarget;
  /** Dead-letter queues (`Queue.dlqName`) that must stay empty. @default [] */
  readonly deadLetterQueueNames?: readonly string[];
  /** Alarms on the database's CPU and free storage. @default none */
  readonly database?: DatabaseAlarmTarget;
  /** Seconds per evaluation period. @default 60 */
  readonly periodSeconds?: number;
  /** Consecutive breaching periods before the alarm fires. @default 3 */
  readonly evaluationPeriods?: number;
}

interface AlarmSpec {
  readonly key: string;
  readonly description: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Record<string, string>;
  readonly statistic: 'Average' | 'Sum' | 'Maximum' | 'Minimum';
  readonly comparison: 'GreaterThanThreshold' | 'LessThanThreshold';
  readonly threshold: number;
}

/**
 * CloudWatch alarms for what a service has (ECS CPU/memory, ALB 5xx, dead-letter queues, RDS CPU and free
 * storage), each notifying the shared alarm topic when it fires and when it recovers.
 */
export class ServiceAlarms extends Construct {
  /** Alarm names as plain strings (known at synth time, e.g. for dashboards or SLO links). */
  readonly alarmNames: string[];
  readonly alarmArns: string[];

  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const {
      alarmTopicArn,
      ecs,
      alb,
      deadLetterQueueNames = [],
      database,
      periodSeconds = 60,
      evaluationPeriods = 3,
    } = props;
    const specs: AlarmSpec[] = [];
    if (ecs) {
      const dimensions = { ClusterName: ecs.clusterName, ServiceName: ecs.serviceName };
      const common = {
        namespace: 'AWS/ECS',
        dimensions,
        statistic: 'Average',
        comparison: 'GreaterThanThreshold',
      } as const;
      specs.push({
        ...common,
        key: 'ecs-cpu-high',
        description: 'Service CPU is high',
        metricName: 'CPUUtilization',
        threshold: ecs.cpuThresholdPercent ?? 80,
      });
      specs.push({
        ...common,
        key: 'ecs-memory-high',
        description: 'Service memory is high',
        metricName: 'MemoryUtilization',
        threshold: ecs.memoryThresholdPercent ?? 80,
      });
    }
    if (alb) {
      specs.push({
        key: 'alb-5xx',
        description: 'Service targets return 5xx',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions: { LoadBalancer: alb.loadBalancerArnSuffix, TargetGroup: alb.targetGroupArnSuffix },
        statistic: 'Sum',
        comparison: 'GreaterThanThreshold',
        threshold: alb.max5xxPerPeriod ?? 5,
      });
    }
    deadLetterQueueNames.forEach((queueName, i) =>
      specs.push({
        key: `dlq-not-empty-${i}`,
        description: 'Messages are waiting in a dead-letter queue',
        namespace: 'AWS/SQS',
        metricName: 'ApproximateNumberOfMessagesVisible',
        dimensions: { QueueName: queueName },
        statistic: 'Maximum',
        comparison: 'GreaterThanThreshold',
        threshold: 0,
      }),
    );
    if (database) {
      const dimensions = { DBInstanceIdentifier: database.instanceIdentifier };
      specs.push({
        key: 'db-cpu-high',
        description: 'Database CPU is high',
        namespace: 'AWS/RDS',
        metricName: 'CPUUtilization',
        dimensions,
        statistic: 'Average',
        comparison: 'GreaterThanThreshold',
        threshold: database.cpuThresholdPercent ?? 80,
      });
      specs.push({
        key: 'db-storage-low',
        description: 'Database free storage is low',
        namespace: 'AWS/RDS',
        metricName: 'FreeStorageSpace',
        dimensions,
        statistic: 'Minimum',
        comparison: 'LessThanThreshold',
        threshold: database.minFreeStorageBytes ?? 2 * 1024 ** 3,
      });
    }
    if (specs.length === 0)
      throw new Error(
        `${this.node.path}: nothing to watch; give ecs, alb, deadLetterQueueNames or database.`,
      );

    this.alarmNames = specs.map((spec) => stack.names.resource(`${id}-${spec.key}`, 255));
    const alarms = specs.map((spec, i) => {
      return new CloudwatchMetricAlarm(this, spec.key, {
        alarmName: this.alarmNames[i]!,
        alarmDescription: `${spec.description} (${stack.ctx.project.name}, ${stack.ctx.env.name})`,
        namespace: spec.namespace,
        metricName: spec.metricName,
        dimensions: spec.dimensions,
        statistic: spec.statistic,
        comparisonOperator: spec.comparison,
        threshold: spec.threshold,
        period: periodSeconds,
        evaluationPeriods,
        // A DLQ or 5xx metric with no data means nothing went wrong.
        treatMissingData: 'notBreaching',
        alarmActions: [alarmTopicArn],
        okActions: [alarmTopicArn],
      });
    });
    this.alarmArns = alarms.map((a) => a.arn);
  }
}
