import { companionsOf } from '../normalize/links';
import type { Rule } from './rule';

/** What a flow log can capture; it needs exactly one. */
const TARGETS = ['vpc_id', 'subnet_id', 'eni_id', 'transit_gateway_id', 'transit_gateway_attachment_id'];

/** STRAT-NET-001: every VPC has a flow log. */
export const vpcFlowLogsRule: Rule = {
  id: 'STRAT-NET-001',
  checkov: ['CKV2_AWS_11'],
  title:
    'Every VPC has an aws_flow_log whose vpc_id references it (in this stack or another stack of the run)',
  severity: 'medium',
  profile: 'standard',
  fix: 'Add an aws_flow_log with vpc_id set to the VPC and traffic_type = "ALL", delivering to CloudWatch Logs or S3.',
  check(ctx) {
    for (const log of ctx.stack.ofType('aws_flow_log')) {
      if (TARGETS.some((argument) => log.get(argument) !== undefined)) continue;
      ctx.fail(log, {
        message: `${log.address} names no vpc_id, subnet_id, eni_id or transit gateway: it logs no traffic (Terraform rejects it)`,
      });
    }
    for (const vpc of ctx.stack.ofType('aws_vpc')) {
      const { linked, unresolved } = companionsOf(ctx.stack.workspace, ['aws_flow_log'], 'vpc_id', vpc);
      if (linked.length > 0) continue;
      const message = `${vpc.address} has no aws_flow_log`;
      const maybe = unresolved[0];
      if (maybe)
        ctx.unknown(vpc, maybe.value, { message: `${message} (${maybe.node.address} may be for it)` });
      else ctx.fail(vpc, { message });
    }
  },
};
