/**
 * Address arithmetic for "open to the world" questions: whether several CIDR blocks together cover every
 * IPv4 or every IPv6 address. Each block becomes an interval of addresses (host bits masked off, so
 * `0.1.0.0/0` is every address, as AWS reads it); overlapping and touching intervals merge.
 */

type Interval = readonly [bigint, bigint];

const V4_MAX = (1n << 32n) - 1n;
const V6_MAX = (1n << 128n) - 1n;

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseV6(text: string): bigint | undefined {
  if (!/^[0-9a-f:]+$/i.test(text) || text.split('::').length > 2) return undefined;
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (s: string | undefined) => (s ? s.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  let value = 0n;
  for (const group of [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right]) {
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return undefined;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  return value;
}

/** The interval of addresses of one CIDR block and its family, or undefined when it is not a CIDR. */
export function cidrInterval(cidr: string): { family: 4 | 6; interval: Interval } | undefined {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(cidr.trim());
  if (!m) return undefined;
  const prefix = Number(m[2]);
  const v4 = parseV4(m[1]!);
  const [family, bits, address] =
    v4 !== undefined ? ([4, 32n, v4] as const) : ([6, 128n, parseV6(m[1]!)] as const);
  if (address === undefined || prefix > Number(bits)) return undefined;
  const hostBits = bits - BigInt(prefix);
  const start = (address >> hostBits) << hostBits;
  return { family, interval: [start, start + (1n << hostBits) - 1n] };
}

/** Whether the blocks together cover every address of their family: all of IPv4, or all of IPv6. */
export function coversAnywhere(cidrs: readonly string[]): { ipv4: boolean; ipv6: boolean } {
  const byFamily: Record<4 | 6, Interval[]> = { 4: [], 6: [] };
  for (const cidr of cidrs) {
    const parsed = cidrInterval(cidr);
    if (parsed) byFamily[parsed.family].push(parsed.interval);
  }
  return { ipv4: covers(byFamily[4], V4_MAX), ipv6: covers(byFamily[6], V6_MAX) };
}

function covers(intervals: Interval[], max: bigint): boolean {
  const sorted = [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = 0n;
  for (const [start, end] of sorted) {
    if (start > next) return false;
    if (end + 1n > next) next = end + 1n;
    if (next > max) return true;
  }
  return false;
}
