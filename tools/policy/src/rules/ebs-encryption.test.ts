import { describeRule, r, stack } from '../fixtures/harness';
import { ebsEncryptionRule } from './ebs-encryption';

const lt = (ebs: Record<string, unknown>) =>
  stack(r('aws_launch_template', 'lt', { block_device_mappings: [{ device_name: '/dev/xvda', ebs }] }));

describeRule(ebsEncryptionRule, {
  fail: {
    'volume without encrypted': {
      json: stack(r('aws_ebs_volume', 'v', { size: 10, availability_zone: 'us-east-1a' })),
      checkov: 'CKV_AWS_3',
    },
    'volume encrypted "false"': {
      json: stack(r('aws_ebs_volume', 'v', { encrypted: 'false' })),
      checkov: 'CKV_AWS_3',
    },
    'launch template block device without encrypted': { json: lt({ volume_size: 20 }), checkov: null },
    'launch template ebs.encrypted "false" (the provider takes a string)': {
      json: lt({ encrypted: 'false' }),
      checkov: null,
    },
    'launch template ebs as a list of blocks': {
      json: stack(r('aws_launch_template', 'lt', { block_device_mappings: { ebs: [{ volume_size: 8 }] } })),
      checkov: null,
    },
    'instance root_block_device not encrypted': {
      json: stack(r('aws_instance', 'i', { root_block_device: { volume_size: 8 } })),
      checkov: 'CKV_AWS_8',
    },
    'instance ebs_block_device not encrypted': {
      json: stack(
        r('aws_instance', 'i', { ebs_block_device: [{ device_name: '/dev/sdf', encrypted: false }] }),
      ),
      checkov: 'CKV_AWS_8',
    },
    'instance without root_block_device (unencrypted unless the account default is on)': {
      json: stack(r('aws_instance', 'i', { ami: 'ami-1', instance_type: 't3.micro' })),
      checkov: 'CKV_AWS_8',
    },
    'volume encrypted = false with no snapshot': {
      json: stack(r('aws_ebs_volume', 'v', { snapshot_id: null, encrypted: false })),
      checkov: 'CKV_AWS_3',
    },
    'launch configuration root device': {
      json: stack(r('aws_launch_configuration', 'lc', { root_block_device: { encrypted: false } })),
      checkov: 'CKV_AWS_8',
    },
    'default encryption in another region does not count': [
      {
        resource: { aws_ebs_encryption_by_default: { on: { enabled: true } } },
        provider: { aws: [{ region: 'eu-west-1' }] },
      },
      { ...stack(r('aws_ebs_volume', 'v', {})), provider: { aws: [{ region: 'us-east-1' }] } },
    ],
  },
  pass: {
    'volume encrypted': stack(
      r('aws_ebs_volume', 'v', { encrypted: true, kms_key_id: '${aws_kms_key.k.arn}' }),
    ),
    'launch template ebs.encrypted "true"': lt({ encrypted: 'true' }),
    'launch template without block devices (AMI defaults)': stack(
      r('aws_launch_template', 'lt', { image_id: 'ami-1' }),
    ),
    'launch template mapping with no ebs (instance store)': stack(
      r('aws_launch_template', 'lt', {
        block_device_mappings: [{ device_name: '/dev/sdb', virtual_name: 'ephemeral0' }],
      }),
    ),
    'instance launched from a launch template (its devices are checked on the template)': stack(
      r('aws_instance', 'i', { launch_template: { id: '${aws_launch_template.lt.id}' } }),
      r('aws_launch_template', 'lt', { block_device_mappings: [{ ebs: { encrypted: 'true' } }] }),
    ),
    'instance without root_block_device when the account default is on': stack(
      r('aws_ebs_encryption_by_default', 'on', { enabled: true }),
      r('aws_instance', 'i', { ami: 'ami-1' }),
    ),
    'a dynamic ebs_block_device with a known for_each': stack(
      r('aws_instance', 'i', {
        root_block_device: { encrypted: true },
        dynamic: {
          ebs_block_device: {
            for_each: ['/dev/sdf'],
            content: { device_name: '${ebs_block_device.value}', encrypted: true },
          },
        },
      }),
    ),
    'instance root device encrypted': stack(
      r('aws_instance', 'i', { root_block_device: { encrypted: true } }),
    ),
    'account default encryption in the same region': [
      {
        resource: { aws_ebs_encryption_by_default: { on: { enabled: true } } },
        provider: { aws: [{ region: 'us-east-1' }] },
      },
      { ...stack(r('aws_ebs_volume', 'v', {})), provider: { aws: [{ region: 'us-east-1' }] } },
    ],
  },
  unknown: {
    "a volume made from a snapshot takes the snapshot's encryption": stack(
      r('aws_ebs_volume', 'v', { snapshot_id: 'snap-0123', availability_zone: 'us-east-1a' }),
    ),
    'an instance block device made from a snapshot': stack(
      r('aws_instance', 'i', {
        root_block_device: { encrypted: true },
        ebs_block_device: [{ device_name: '/dev/sdf', snapshot_id: 'snap-0123' }],
      }),
    ),
    'a launch template device made from a snapshot': lt({ snapshot_id: 'snap-0123' }),
    'a dynamic ebs_block_device whose for_each is unknown': {
      ...stack(
        r('aws_instance', 'i', {
          root_block_device: { encrypted: true },
          dynamic: { ebs_block_device: { for_each: '${var.disks}', content: { encrypted: false } } },
        }),
      ),
      variable: { disks: {} },
    },
    'encrypted from a variable': {
      ...stack(r('aws_ebs_volume', 'v', { encrypted: '${var.encrypt}' })),
      variable: { encrypt: {} },
    },
  },
});
