import { allOf, couldEqual, isUnknown, not, toBlocks, toStr, type Check, type Value } from '../eval/value';
import type { StackModel } from '../model/stack';
import type { Rule } from './rule';

/** STRAT-EC2-001: instances and launch templates require IMDSv2 session tokens. */
export const imdsv2Rule: Rule = {
  id: 'STRAT-EC2-001',
  checkov: ['CKV_AWS_79'],
  title:
    'EC2 instances, launch templates and launch configurations require IMDSv2 (metadata_options.http_tokens = "required")',
  severity: 'high',
  profile: 'standard',
  fix: 'Add metadata_options { http_tokens = "required" } (or http_endpoint = "disabled"), or set aws_ec2_instance_metadata_defaults with http_tokens = "required" for the region.',
  check(ctx) {
    const regionDefault = requiredByDefault(ctx.stack);
    for (const node of ctx.stack.ofType('aws_instance', 'aws_launch_template', 'aws_launch_configuration')) {
      const options = toBlocks(node.get('metadata_options'))[0];
      if (isUnknown(options)) {
        ctx.unknown(node, options, { message: `${node.address} may allow IMDSv1` });
        continue;
      }
      const tokens = options?.http_tokens;
      if ((tokens === undefined || tokens === null) && regionDefault) continue;
      const violated = allOf(
        not(equals(options?.http_endpoint, 'disabled')),
        not(equals(tokens, 'required')),
      );
      ctx.expect(node, violated, {
        message: `${node.address} allows IMDSv1 (metadata_options.http_tokens is ${tokens === undefined || tokens === null ? 'unset, so "optional"' : JSON.stringify(tokens)})`,
      });
    }
  },
};

function equals(value: Value | undefined, expected: string): Check {
  const text = toStr(value);
  if (text === undefined) return false;
  return couldEqual(isUnknown(text) ? text : text.trim(), expected, true);
}

/** An `aws_ec2_instance_metadata_defaults` requiring tokens in the run, for the same region. */
function requiredByDefault(stack: StackModel): boolean {
  return stack.workspace
    .ofType('aws_ec2_instance_metadata_defaults')
    .some(
      (node) =>
        equals(node.get('http_tokens'), 'required') === true &&
        (!node.stack.region || !stack.region || node.stack.region === stack.region),
    );
}
