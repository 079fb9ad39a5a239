// What shared observability publishes: the topic every alarm notifies and the central log group.
import { defineOutputs } from '@stratum/constructs';

export const observabilityOutputs = defineOutputs('observability', {
  alarmTopicArn: 'string',
  logGroupName: 'string',
});
