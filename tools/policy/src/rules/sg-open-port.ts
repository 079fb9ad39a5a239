import { allOf } from '../eval/value';
import { ingressByGroup, unionOpensPort } from '../normalize/group-ingress';
import { fromAnywhere, ingressLabel, ingressRules, reachesPort } from '../normalize/network';
import type { RuleMeta } from '../types';
import type { Rule, RuleContext } from './rule';

/**
 * A rule that forbids ingress from anywhere (IPv4 or IPv6) to one administrative port: one permission from a
 * `/0` block, or a group's permissions whose blocks together cover every address (the finding is then on the
 * group, citing the rule resources that add up).
 */
export function openPortRule(
  meta: RuleMeta,
  port: number,
  service: string,
  protocols: readonly string[],
): Rule {
  return {
    ...meta,
    check(ctx: RuleContext) {
      for (const ingress of ingressRules(ctx.stack)) {
        ctx.expect(ingress.node, allOf(fromAnywhere(ingress), reachesPort(ingress, port, protocols)), {
          message: `${ingressLabel(ingress)} allows ${service} (port ${port}) from anywhere (0.0.0.0/0 or ::/0)`,
        });
      }
      for (const group of ingressByGroup(ctx.stack)) {
        const open = unionOpensPort(group, port, protocols, `${service} (port ${port})`);
        if (open) ctx.fail(group.target, { message: open.message, evidence: evidenceOf(open.permissions) });
      }
    },
  };
}

/** The rule resources (not the group itself) whose permissions add up to the opening. */
export function evidenceOf(
  permissions: readonly { ingress: { node: { address: string }; where: string } }[],
): string[] {
  return [
    ...new Set(
      permissions.filter((p) => !p.ingress.where.startsWith('ingress[')).map((p) => p.ingress.node.address),
    ),
  ];
}
