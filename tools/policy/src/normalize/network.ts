import {
  anyOf,
  couldEqual,
  isUnknown,
  toBlocks,
  toList,
  toNumber,
  toStr,
  Unknown,
  type Check,
  type Value,
} from '../eval/value';
import { ResourceNode, type StackModel } from '../model/stack';

/** One ingress permission, however it is written, with its values evaluated. */
export interface Ingress {
  readonly node: ResourceNode;
  /** Where in the resource: `ingress[0]`, or empty for a standalone rule resource. */
  readonly where: string;
  /** `all`, `tcp`, `udp`, `icmp`, `icmpv6` or an IP protocol number as text. */
  readonly protocol: string | Unknown;
  readonly fromPort: number | Unknown | undefined;
  readonly toPort: number | Unknown | undefined;
  /** IPv4 and IPv6 CIDR blocks the permission admits (an unknown for a list known only after apply). */
  readonly sources: readonly Value[];
  /**
   * The security group the permission belongs to: the group resource itself for inline blocks, the group a
   * rule resource references, or the group id it names literally. Permissions of one group are judged together.
   */
  readonly group: { readonly key: string; readonly node?: ResourceNode };
}

const PROTOCOLS: Readonly<Record<string, string>> = {
  '-1': 'all',
  all: 'all',
  '6': 'tcp',
  tcp: 'tcp',
  '17': 'udp',
  udp: 'udp',
  '1': 'icmp',
  icmp: 'icmp',
  '58': 'icmpv6',
  icmpv6: 'icmpv6',
};

/** Every spelling AWS accepts for a protocol (`-1`, `all`, `6`, `TCP`...) reduced to one name. */
export function normalizeProtocol(value: Value | undefined): string | Unknown {
  const text = toStr(value);
  if (text === undefined) return new Unknown('protocol', 'the protocol is not set');
  if (isUnknown(text)) return text;
  const key = text.trim().toLowerCase();
  return PROTOCOLS[key] ?? key;
}

/** Whether a CIDR means "anywhere": any IPv4 or IPv6 block with a /0 prefix (`0.0.0.0/0`, `::/0`). */
export function isAnywhere(value: Value): Check {
  const text = isUnknown(value) ? value : toStr(value);
  if (text === undefined) return false;
  if (isUnknown(text)) return anyOf([couldEqual(text, '0.0.0.0/0'), couldEqual(text, '::/0')]);
  return /\/0+$/.test(text.trim());
}

/** Whether the permission admits traffic from anywhere. */
export function fromAnywhere(ingress: Ingress): Check {
  return anyOf(ingress.sources.map(isAnywhere));
}

/** Whether the permission reaches `port` over one of `protocols` (protocol `all` reaches every port). */
export function reachesPort(ingress: Ingress, port: number, protocols: readonly string[]): Check {
  const { protocol } = ingress;
  if (isUnknown(protocol)) return protocol;
  if (protocol === 'all') return true;
  if (!protocols.includes(protocol)) return false;
  const range = portRange(ingress);
  if (isUnknown(range)) return range;
  return range[0] <= port && port <= range[1];
}

/** Whether the permission opens every port: protocol `all`, or TCP/UDP from 0 to 65535. */
export function reachesAllPorts(ingress: Ingress): Check {
  const { protocol } = ingress;
  if (isUnknown(protocol)) return protocol;
  if (protocol === 'all') return true;
  if (protocol !== 'tcp' && protocol !== 'udp') return false;
  const range = portRange(ingress);
  if (isUnknown(range)) return range;
  return range[0] <= 1 && range[1] >= 65535;
}

/** A TCP/UDP port range; missing or negative ports mean every port, as the EC2 API reads them. */
export function portRange(ingress: Ingress): readonly [number, number] | Unknown {
  const { fromPort, toPort } = ingress;
  if (isUnknown(fromPort)) return fromPort;
  if (isUnknown(toPort)) return toPort;
  if (fromPort === undefined || toPort === undefined || fromPort < 0 || toPort < 0) return [0, 65535];
  return [fromPort, toPort];
}

/** A short label for messages: `aws_security_group.web ingress[0]`. */
export function ingressLabel(ingress: Ingress): string {
  return ingress.where ? `${ingress.node.address} ${ingress.where}` : ingress.node.address;
}

/**
 * Every ingress permission of a stack: inline `ingress` blocks of security groups (also the default group),
 * `aws_security_group_rule` of type ingress, and `aws_vpc_security_group_ingress_rule`.
 */
export function ingressRules(stack: StackModel): Ingress[] {
  const out: Ingress[] = [];
  for (const node of stack.ofType('aws_security_group', 'aws_default_security_group')) {
    toBlocks(node.get('ingress')).forEach((block, i) => {
      const where = `ingress[${i}]`;
      const group = { key: node.address, node };
      if (isUnknown(block)) out.push(unknownIngress(node, where, block, group));
      else
        out.push(
          fromFields(node, where, group, block.protocol, block.from_port, block.to_port, [
            block.cidr_blocks,
            block.ipv6_cidr_blocks,
          ]),
        );
    });
  }
  for (const node of stack.ofType('aws_security_group_rule')) {
    const type = toStr(node.get('type'));
    const isIngress = type === undefined ? false : couldEqual(type, 'ingress');
    if (isIngress === false) continue;
    const ingress = fromFields(
      node,
      groupOf(node),
      groupKey(node),
      node.get('protocol'),
      node.get('from_port'),
      node.get('to_port'),
      [node.get('cidr_blocks'), node.get('ipv6_cidr_blocks')],
    );
    out.push(isUnknown(isIngress) ? { ...ingress, protocol: isIngress } : ingress);
  }
  for (const node of stack.ofType('aws_vpc_security_group_ingress_rule')) {
    out.push(
      fromFields(
        node,
        groupOf(node),
        groupKey(node),
        node.get('ip_protocol'),
        node.get('from_port'),
        node.get('to_port'),
        [node.get('cidr_ipv4'), node.get('cidr_ipv6')],
      ),
    );
  }
  return out;
}

/** `(on aws_security_group.web)` when a rule resource's group is a resource of the run. */
function groupOf(node: ResourceNode): string {
  const group = node.get('security_group_id');
  return isUnknown(group) && group.origin.kind === 'resource' ? `(on ${group.origin.node.address})` : '';
}

/** The group a rule resource opens: the referenced group resource, else its literal id, else the rule alone. */
function groupKey(node: ResourceNode): Ingress['group'] {
  const group = node.get('security_group_id');
  if (isUnknown(group))
    return group.origin.kind === 'resource' && group.origin.node instanceof ResourceNode
      ? { key: group.origin.node.address, node: group.origin.node }
      : { key: node.address };
  const id = toStr(group);
  return { key: typeof id === 'string' ? `id:${id}` : node.address };
}

function fromFields(
  node: ResourceNode,
  where: string,
  group: Ingress['group'],
  protocol: Value | undefined,
  from: Value | undefined,
  to: Value | undefined,
  cidrs: readonly (Value | undefined)[],
): Ingress {
  const sources = cidrs.flatMap((list) => {
    const items = toList(list);
    return isUnknown(items) ? [items] : items;
  });
  return {
    node,
    where,
    group,
    protocol: normalizeProtocol(protocol),
    fromPort: toNumber(from),
    toPort: toNumber(to),
    sources,
  };
}

function unknownIngress(
  node: ResourceNode,
  where: string,
  unknown: Unknown,
  group: Ingress['group'],
): Ingress {
  return { node, where, group, protocol: unknown, fromPort: unknown, toPort: unknown, sources: [unknown] };
}
