import { isUnknown, not, toBlocks, toBool, Unknown, type Check, type ValueRecord } from '../eval/value';
import type { ResourceNode, StackModel } from '../model/stack';
import type { Rule, RuleContext } from './rule';

/** STRAT-EBS-001: EBS volumes, and the volumes instances and launch templates declare, are encrypted. */
export const ebsEncryptionRule: Rule = {
  id: 'STRAT-EBS-001',
  checkov: ['CKV_AWS_3', 'CKV_AWS_8'],
  title:
    'EBS volumes and the block devices of instances, launch templates and launch configurations are encrypted',
  severity: 'medium',
  profile: 'standard',
  fix: 'Set encrypted = true on the volume or block device (ebs.encrypted in a launch template), or enable aws_ebs_encryption_by_default in the account and region.',
  check(ctx) {
    if (encryptedByDefault(ctx.stack)) return;
    for (const node of ctx.stack.ofType('aws_ebs_volume')) {
      const volume = {
        encrypted: node.get('encrypted') ?? null,
        snapshot_id: node.get('snapshot_id') ?? null,
      };
      ctx.expect(node, not(encryption(volume)), {
        message: `${node.address} does not set encrypted = true`,
        checkov: 'CKV_AWS_3',
      });
    }
    for (const node of ctx.stack.ofType('aws_instance', 'aws_launch_configuration')) {
      if (
        node.type === 'aws_instance' &&
        node.get('root_block_device') === undefined &&
        !fromLaunchTemplate(node)
      )
        ctx.fail(node, {
          message: `${node.address} has no root_block_device: its root volume is unencrypted unless EBS encryption by default is on in the account`,
          checkov: 'CKV_AWS_8',
          fix: 'Add root_block_device { encrypted = true }, or enable aws_ebs_encryption_by_default in the account and region.',
        });
      for (const device of ['root_block_device', 'ebs_block_device']) {
        checkDevices(ctx, node, device, (block) => block, 'CKV_AWS_8');
      }
    }
    for (const node of ctx.stack.ofType('aws_launch_template')) {
      checkDevices(ctx, node, 'block_device_mappings', (block) => toBlocks(block.ebs)[0], null);
    }
  },
};

function checkDevices(
  ctx: RuleContext,
  node: ResourceNode,
  device: string,
  ebsOf: (block: ValueRecord) => ValueRecord | Unknown | undefined,
  checkov: string | null,
): void {
  toBlocks(node.get(device)).forEach((block, i) => {
    const where = `${node.address} ${device}[${i}]`;
    if (isUnknown(block))
      return ctx.unknown(node, block, { message: `${where} may be unencrypted`, checkov });
    const ebs = ebsOf(block);
    if (ebs === undefined) return; // an instance-store or no-device mapping
    if (isUnknown(ebs)) return ctx.unknown(node, ebs, { message: `${where} may be unencrypted`, checkov });
    ctx.expect(node, not(encryption(ebs)), { message: `${where} does not set encrypted = true`, checkov });
  });
}

/** An `aws_ebs_encryption_by_default` that is enabled, in the run, for the same region (or an unknown one). */
function encryptedByDefault(stack: StackModel): boolean {
  return stack.workspace
    .ofType('aws_ebs_encryption_by_default')
    .some(
      (node) =>
        toBool(node.get('enabled'), true) === true &&
        (!node.stack.region || !stack.region || node.stack.region === stack.region),
    );
}

/**
 * Whether a volume or block device is encrypted: `encrypted = true`, or unknown when it is made from a
 * snapshot (it then takes the snapshot's encryption, which only AWS knows), else not.
 */
function encryption(ebs: ValueRecord): Check {
  const encrypted = toBool(ebs.encrypted, false);
  const snapshot = ebs.snapshot_id;
  if (encrypted !== false || snapshot === undefined || snapshot === null) return encrypted;
  if (isUnknown(snapshot)) return snapshot;
  return new Unknown(String(snapshot), 'the volume takes the encryption of this snapshot, known only to AWS');
}

/** An instance launched from a launch template gets its block devices from the template (checked there). */
function fromLaunchTemplate(node: ResourceNode): boolean {
  return node.get('launch_template') !== undefined;
}
