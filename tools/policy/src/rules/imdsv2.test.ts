import { describeRule, r, stack } from '../fixtures/harness';
import { imdsv2Rule } from './imdsv2';

describeRule(imdsv2Rule, {
  fail: {
    'instance without metadata_options': {
      json: stack(r('aws_instance', 'i', { ami: 'ami-1' })),
      checkov: 'CKV_AWS_79',
    },
    'instance http_tokens optional': stack(
      r('aws_instance', 'i', { metadata_options: { http_tokens: 'optional' } }),
    ),
    'launch template without http_tokens': stack(
      r('aws_launch_template', 'lt', { metadata_options: { http_endpoint: 'enabled' } }),
    ),
    'launch template metadata_options as a list': stack(
      r('aws_launch_template', 'lt', { metadata_options: [{ http_tokens: 'optional' }] }),
    ),
    'launch configuration': stack(r('aws_launch_configuration', 'lc', {})),
    'explicit optional even with a regional default': [
      stack(r('aws_ec2_instance_metadata_defaults', 'd', { http_tokens: 'required' })),
      stack(r('aws_instance', 'i', { metadata_options: { http_tokens: 'optional' } })),
    ],
  },
  pass: {
    'http_tokens required': stack(r('aws_instance', 'i', { metadata_options: { http_tokens: 'required' } })),
    'http_tokens "Required" in another case': stack(
      r('aws_launch_template', 'lt', { metadata_options: [{ http_tokens: 'Required' }] }),
    ),
    'metadata endpoint disabled': stack(
      r('aws_instance', 'i', { metadata_options: { http_endpoint: 'disabled' } }),
    ),
    'regional default requires tokens': [
      stack(r('aws_ec2_instance_metadata_defaults', 'd', { http_tokens: 'required' })),
      stack(r('aws_instance', 'i', {})),
    ],
  },
  unknown: {
    'http_tokens from a variable': {
      ...stack(r('aws_instance', 'i', { metadata_options: { http_tokens: '${var.tokens}' } })),
      variable: { tokens: {} },
    },
  },
});
