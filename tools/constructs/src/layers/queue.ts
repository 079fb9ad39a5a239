import { SqsQueue } from '@cdktn/provider-aws/lib/sqs-queue';
import { SqsQueuePolicy } from '@cdktn/provider-aws/lib/sqs-queue-policy';
import { SqsQueueRedrivePolicy } from '@cdktn/provider-aws/lib/sqs-queue-redrive-policy';
import { Construct } from '../cdktn';
import { policyDocument } from './policy';
import { ignoreOnEmulator, stratumStackOf } from './stack-of';

export interface QueueProps {
  /** Queue name without the `.fifo` suffix. @default names.resource(id) */
  readonly name?: string;
  /** FIFO queue (and FIFO dead-letter queue). @default false */
  readonly fifo?: boolean;
  /** Customer-managed KMS key. @default SQS-managed encryption (SSE-SQS) */
  readonly kmsKeyArn?: string;
  /** @default 30 */
  readonly visibilityTimeoutSeconds?: number;
  /** @default 345600 (4 days) */
  readonly messageRetentionSeconds?: number;
  /** Receives before a message moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
}

const FOURTEEN_DAYS = 14 * 24 * 3600;

/**
 * An encrypted SQS queue with a dead-letter queue (redrive after `maxReceiveCount` receives; the DLQ keeps
 * messages 14 days) and policies denying any access not made over TLS.
 */
export class Queue extends Construct {
  readonly queueUrl: string;
  readonly queueArn: string;
  readonly queueName: string;
  readonly dlqUrl: string;
  readonly dlqArn: string;
  /** For the CloudWatch `QueueName` dimension of a DLQ-not-empty alarm. */
  readonly dlqName: string;

  constructor(scope: Construct, id: string, props: QueueProps = {}) {
    super(scope, id);
    const stack = stratumStackOf(this);
    const {
      name = stack.names.resource(id, 70),
      fifo = false,
      kmsKeyArn,
      visibilityTimeoutSeconds = 30,
      messageRetentionSeconds = 4 * 24 * 3600,
      maxReceiveCount = 5,
    } = props;
    if (maxReceiveCount < 1 || maxReceiveCount > 1000)
      throw new Error(`${this.node.path}: maxReceiveCount ${maxReceiveCount} must be 1 to 1000.`);
    const suffix = fifo ? '.fifo' : '';
    const encryption = kmsKeyArn
      ? { kmsMasterKeyId: kmsKeyArn, kmsDataKeyReusePeriodSeconds: 300 }
      : { sqsManagedSseEnabled: true };

    const dlq = new SqsQueue(this, 'dlq', {
      name: `${name}-dlq${suffix}`,
      fifoQueue: fifo,
      messageRetentionSeconds: FOURTEEN_DAYS,
      ...encryption,
    });
    const queue = new SqsQueue(this, 'queue', {
      name: `${name}${suffix}`,
      fifoQueue: fifo,
      visibilityTimeoutSeconds,
      messageRetentionSeconds,
      receiveWaitTimeSeconds: 20,
      ...encryption,
    });
    // A separate resource compares the redrive policy as JSON, where the queue's own attribute compares text
    // (moto re-formats the JSON, which would show a change on every plan).
    const redrive = new SqsQueueRedrivePolicy(this, 'redrive', {
      queueUrl: queue.url,
      redrivePolicy: JSON.stringify({ deadLetterTargetArn: dlq.arn, maxReceiveCount }),
    });
    ignoreOnEmulator(stack, queue, ['redrive_policy']);
    for (const [key, q] of [
      ['queue', queue],
      ['dlq', dlq],
    ] as const) {
      new SqsQueuePolicy(this, `${key}-policy`, {
        queueUrl: q.url,
        // moto drops a queue's policy when another attribute is set, so the policy goes last.
        ...(q === queue ? { dependsOn: [redrive] } : {}),
        policy: policyDocument([
          {
            sid: 'DenyInsecureTransport',
            effect: 'Deny',
            principal: '*',
            actions: ['sqs:*'],
            resources: [q.arn],
            conditions: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ]),
      });
    }

    this.queueUrl = queue.url;
    this.queueArn = queue.arn;
    this.queueName = queue.name;
    this.dlqUrl = dlq.url;
    this.dlqArn = dlq.arn;
    this.dlqName = dlq.name;
  }
}
