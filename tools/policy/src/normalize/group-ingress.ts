import { isUnknown, toStr } from '../eval/value';
import type { ResourceNode, StackModel } from '../model/stack';
import { coversAnywhere } from './cidr-union';
import { ingressLabel, ingressRules, portRange, type Ingress } from './network';

/** A permission whose protocol, ports and sources are all known: only these can be added up. */
interface KnownPermission {
  readonly ingress: Ingress;
  readonly protocol: string;
  readonly range: readonly [number, number];
  readonly cidrs: readonly string[];
}

/** The ingress permissions of one security group, wherever they are written. */
export interface GroupIngress {
  readonly key: string;
  /** Where a finding about the group is filed: the group resource, else the first rule resource. */
  readonly target: ResourceNode;
  readonly permissions: readonly KnownPermission[];
}

/** What a group's permissions open together, and which permissions do it. */
export interface UnionOpening {
  readonly group: GroupIngress;
  readonly permissions: readonly KnownPermission[];
  /** `every IPv4 address`, `every IPv6 address` or both. */
  readonly reach: string;
  readonly message: string;
}

function known(ingress: Ingress): KnownPermission | undefined {
  const { protocol } = ingress;
  if (isUnknown(protocol)) return undefined;
  const range = portRange(ingress);
  if (isUnknown(range)) return undefined;
  const cidrs: string[] = [];
  for (const source of ingress.sources) {
    const text = isUnknown(source) ? source : toStr(source);
    if (text === undefined || isUnknown(text)) return undefined;
    cidrs.push(text.trim());
  }
  return { ingress, protocol, range, cidrs };
}

/** Every security group of the stack with its known ingress permissions (inline blocks and rule resources). */
export function ingressByGroup(stack: StackModel): GroupIngress[] {
  const groups = new Map<string, { target: ResourceNode; permissions: KnownPermission[] }>();
  for (const ingress of ingressRules(stack)) {
    const permission = known(ingress);
    if (!permission) continue;
    const entry = groups.get(ingress.group.key) ?? {
      target: ingress.group.node ?? ingress.node,
      permissions: [],
    };
    entry.permissions.push(permission);
    groups.set(ingress.group.key, entry);
  }
  return [...groups].map(([key, g]) => ({ key, ...g }));
}

const isSlashZero = (cidr: string) => /\/0+$/.test(cidr);

type Reach = { readonly ipv4: boolean; readonly ipv6: boolean };

function reachText({ ipv4, ipv6 }: Reach): string | undefined {
  if (ipv4 && ipv6) return 'every IPv4 and IPv6 address';
  if (ipv4) return 'every IPv4 address';
  if (ipv6) return 'every IPv6 address';
  return undefined;
}

function reachOf(cidrs: readonly string[]): string | undefined {
  return reachText(coversAnywhere(cidrs));
}

function opening(
  group: GroupIngress,
  permissions: readonly KnownPermission[],
  reach: string,
  what: string,
): UnionOpening {
  const labels = permissions.map((p) => ingressLabel(p.ingress));
  const cidrs = [...new Set(permissions.flatMap((p) => p.cidrs))];
  return {
    group,
    permissions,
    reach,
    message: `${group.target.address}: together, ${labels.join(', ')} allow ${what} from ${reach} (${cidrs.join(', ')})`,
  };
}

/**
 * The permissions of a group that together open `port` (over one of `protocols`) to every address, when no
 * single one of them names a `/0` block (that one is reported on its own). Their ranges are added up: two
 * halves of the address space, or IPv4 blocks that tile it, are as open as `0.0.0.0/0`.
 */
export function unionOpensPort(
  group: GroupIngress,
  port: number,
  protocols: readonly string[],
  what: string,
): UnionOpening | undefined {
  const reaching = group.permissions.filter(
    (p) =>
      p.protocol === 'all' || (protocols.includes(p.protocol) && p.range[0] <= port && port <= p.range[1]),
  );
  if (reaching.length === 0 || reaching.some((p) => p.cidrs.some(isSlashZero))) return undefined;
  const reach = reachOf(reaching.flatMap((p) => p.cidrs));
  return reach ? opening(group, reaching, reach, what) : undefined;
}

/**
 * Whether a group's permissions together open every TCP or every UDP port to every address, when no single
 * permission does: port ranges are added up (1-1024 and 1025-65535), and for each stretch of ports the
 * address blocks of the permissions that reach it are added up as in `unionOpensPort`.
 */
export function unionOpensAllPorts(group: GroupIngress): UnionOpening | undefined {
  for (const protocol of ['tcp', 'udp']) {
    const relevant = group.permissions.filter((p) => p.protocol === 'all' || p.protocol === protocol);
    if (relevant.length === 0) continue;
    const singleOpen = relevant.some(
      (p) => (p.protocol === 'all' || (p.range[0] <= 1 && p.range[1] >= 65535)) && p.cidrs.some(isSlashZero),
    );
    if (singleOpen) return undefined;
    const bounds = new Set<number>([1, 65536]);
    for (const p of relevant) {
      if (p.protocol === 'all') continue;
      bounds.add(Math.max(1, p.range[0]));
      bounds.add(Math.min(65536, p.range[1] + 1));
    }
    const cuts = [...bounds].filter((b) => b >= 1 && b <= 65536).sort((a, b) => a - b);
    let reach: Reach = { ipv4: true, ipv6: true };
    const used = new Set<KnownPermission>();
    for (let i = 0; i + 1 < cuts.length && (reach.ipv4 || reach.ipv6); i++) {
      const from = cuts[i]!;
      const covering = relevant.filter(
        (p) => p.protocol === 'all' || (p.range[0] <= from && from <= p.range[1]),
      );
      covering.forEach((p) => used.add(p));
      const here = coversAnywhere(covering.flatMap((p) => p.cidrs));
      reach = { ipv4: reach.ipv4 && here.ipv4, ipv6: reach.ipv6 && here.ipv6 };
    }
    const text = reachText(reach);
    if (text) return opening(group, [...used], text, `every ${protocol.toUpperCase()} port`);
  }
  return undefined;
}
