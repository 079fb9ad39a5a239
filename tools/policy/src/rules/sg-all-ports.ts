import { allOf } from '../eval/value';
import { ingressByGroup, unionOpensAllPorts } from '../normalize/group-ingress';
import { fromAnywhere, ingressLabel, ingressRules, reachesAllPorts } from '../normalize/network';
import { evidenceOf } from './sg-open-port';
import type { Rule } from './rule';

/** STRAT-SG-003: no security group ingress from anywhere on every port or protocol. */
export const sgAllPortsRule: Rule = {
  id: 'STRAT-SG-003',
  checkov: ['CKV_AWS_277'],
  title: 'No security group ingress from 0.0.0.0/0 or ::/0 on all ports (protocol -1/all or 0-65535)',
  severity: 'critical',
  profile: 'baseline',
  fix: 'Open only the ports the service listens on, and only to the sources that need them (a load balancer security group).',
  check(ctx) {
    for (const ingress of ingressRules(ctx.stack)) {
      ctx.expect(ingress.node, allOf(fromAnywhere(ingress), reachesAllPorts(ingress)), {
        message: `${ingressLabel(ingress)} allows every port from anywhere (0.0.0.0/0 or ::/0)`,
      });
    }
    for (const group of ingressByGroup(ctx.stack)) {
      const open = unionOpensAllPorts(group);
      if (open) ctx.fail(group.target, { message: open.message, evidence: evidenceOf(open.permissions) });
    }
  },
};
