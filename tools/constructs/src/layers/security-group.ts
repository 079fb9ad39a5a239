import { VpcSecurityGroupEgressRule } from '@cdktn/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktn/provider-aws/lib/vpc-security-group-ingress-rule';
import { Token, type Construct } from '../cdktn';
import { ignoreOnEmulator, stratumStackOf } from './stack-of';

/**
 * Security group rules as separate resources (never inline blocks), so rules added by other stacks, such as
 * the security layer's rules between services, do not fight with the group's own definition.
 */

/** Where traffic comes from (ingress) or goes to (egress): an IPv4/IPv6 CIDR or another security group. */
export type Peer = { readonly cidr: string } | { readonly securityGroupId: string };

export interface RuleProps {
  readonly securityGroupId: string;
  readonly peer: Peer;
  /** First port; ignored for protocol '-1'. */
  readonly fromPort?: number;
  /** Last port. @default fromPort */
  readonly toPort?: number;
  /** @default 'tcp' ('-1' is every protocol and port) */
  readonly protocol?: 'tcp' | 'udp' | 'icmp' | '-1';
  readonly description: string;
}

const OPEN_TO_WORLD = new Set(['0.0.0.0/0', '::/0']);
const ADMIN_PORTS = [22, 3389];

/** Adds an ingress rule, refusing SSH, RDP or all ports from anywhere. */
export function ingressRule(scope: Construct, id: string, props: RuleProps): VpcSecurityGroupIngressRule {
  assertSafeIngress(`${scope.node.path}/${id}`, props);
  return withEmulatorQuirks(scope, props, new VpcSecurityGroupIngressRule(scope, id, ruleConfig(props)));
}

/** Adds an egress rule. */
export function egressRule(scope: Construct, id: string, props: RuleProps): VpcSecurityGroupEgressRule {
  return withEmulatorQuirks(scope, props, new VpcSecurityGroupEgressRule(scope, id, ruleConfig(props)));
}

/** moto does not return the description of a rule that references another group. */
function withEmulatorQuirks<R extends { addOverride(path: string, value: unknown): void }>(
  scope: Construct,
  props: RuleProps,
  rule: R,
): R {
  if ('securityGroupId' in props.peer) ignoreOnEmulator(stratumStackOf(scope), rule, ['description']);
  return rule;
}

/** Throws when an ingress rule opens all ports, or port 22 or 3389, to 0.0.0.0/0 or ::/0. */
export function assertSafeIngress(where: string, props: RuleProps): void {
  if (!('cidr' in props.peer) || !OPEN_TO_WORLD.has(props.peer.cidr)) return;
  const protocol = props.protocol ?? 'tcp';
  const from = props.fromPort ?? 0;
  const to = props.toPort ?? from;
  const allPorts = protocol === '-1' || (from <= 0 && to >= 65535);
  const admin = ADMIN_PORTS.find((p) => from <= p && p <= to);
  if (allPorts || admin !== undefined) {
    const what = allPorts ? 'all ports' : `port ${admin}`;
    throw new Error(
      `${where}: ingress opens ${what} to ${props.peer.cidr}; allow a specific CIDR or security group instead.`,
    );
  }
}

function ruleConfig(props: RuleProps) {
  const protocol = props.protocol ?? 'tcp';
  const ports =
    protocol === '-1' ? {} : { fromPort: props.fromPort ?? 0, toPort: props.toPort ?? props.fromPort ?? 0 };
  const peer =
    'securityGroupId' in props.peer
      ? { referencedSecurityGroupId: props.peer.securityGroupId }
      : !Token.isUnresolved(props.peer.cidr) && props.peer.cidr.includes(':')
        ? { cidrIpv6: props.peer.cidr }
        : { cidrIpv4: props.peer.cidr };
  return {
    securityGroupId: props.securityGroupId,
    ipProtocol: protocol,
    description: props.description,
    ...ports,
    ...peer,
  };
}
