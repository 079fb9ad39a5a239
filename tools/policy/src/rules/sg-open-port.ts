import { allOf } from '../eval/value';
import { fromAnywhere, ingressLabel, ingressRules, reachesPort } from '../normalize/network';
import type { RuleMeta } from '../types';
import type { Rule, RuleContext } from './rule';

/** A rule that forbids ingress from anywhere (IPv4 or IPv6) to one administrative port. */
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
    },
  };
}
