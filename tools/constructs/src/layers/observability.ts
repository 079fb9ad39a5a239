import { CloudwatchLogGroup } from '@cdktn/provider-aws/lib/cloudwatch-log-group';
import { SnsTopic } from '@cdktn/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktn/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktn/provider-aws/lib/sns-topic-subscription';
import { Construct } from '../cdktn';
import { policyDocument } from './policy';
import { accountRoot, locationOf, stratumStackOf } from './stack-of';

export interface SharedObservabilityProps {
  /**
   * Customer-managed KMS key for the alarm topic and the log group (the security baseline's). Its policy must
   * let CloudWatch alarms and CloudWatch Logs use it: an AWS-managed `alias/aws/sns` key would silently drop
   * alarm notifications.
   */
  readonly kmsKeyArn: string;
  /** Central log group retention. @default stack.sizes.logRetentionDays */
  readonly logRetentionDays?: number;
  /** E-mail addresses subscribed to the alarm topic (each must confirm). @default [] */
  readonly alarmEmails?: readonly string[];
}

/** Shared observability: the encrypted SNS topic every alarm notifies and a central, encrypted log group. */
export class SharedObservability extends Construct {
  readonly alarmTopicArn: string;
  readonly alarmTopicName: string;
  readonly logGroupName: string;
  readonly logGroupArn: string;

  constructor(scope: Construct, id: string, props: SharedObservabilityProps) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const { names, sizes } = stack;
    const { kmsKeyArn, logRetentionDays = sizes.logRetentionDays, alarmEmails = [] } = props;
    const loc = locationOf(stack);

    const topic = new SnsTopic(this, 'alarms', {
      name: names.resource('alarms', 256),
      kmsMasterKeyId: kmsKeyArn,
    });
    new SnsTopicPolicy(this, 'alarms-policy', {
      arn: topic.arn,
      policy: policyDocument([
        {
          sid: 'AccountManagesTopic',
          principal: { AWS: accountRoot(loc) },
          actions: [
            'sns:GetTopicAttributes',
            'sns:SetTopicAttributes',
            'sns:Subscribe',
            'sns:ListSubscriptionsByTopic',
            'sns:Publish',
          ],
          resources: [topic.arn],
        },
        {
          sid: 'CloudWatchAlarmsPublish',
          principal: { Service: 'cloudwatch.amazonaws.com' },
          actions: ['sns:Publish'],
          resources: [topic.arn],
          conditions: { StringEquals: { 'aws:SourceAccount': loc.account } },
        },
        {
          sid: 'DenyInsecureTransport',
          effect: 'Deny',
          principal: '*',
          actions: ['sns:Publish'],
          resources: [topic.arn],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ]),
    });
    alarmEmails.forEach(
      (email, i) =>
        new SnsTopicSubscription(this, `email-${i}`, {
          topicArn: topic.arn,
          protocol: 'email',
          endpoint: email,
        }),
    );

    const logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: `/stratum/${names.resource('central', 200)}`,
      retentionInDays: logRetentionDays,
      kmsKeyId: kmsKeyArn,
    });

    this.alarmTopicArn = topic.arn;
    this.alarmTopicName = topic.name;
    this.logGroupName = logGroup.name;
    this.logGroupArn = logGroup.arn;
  }
}
