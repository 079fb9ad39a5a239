import { Fn, Token } from '../cdktn';

/** Subnet CIDRs of a VPC: one public and one private block per availability zone. */
export interface SubnetLayout {
  readonly public: readonly string[];
  readonly private: readonly string[];
}

/**
 * Bits added to the VPC prefix for every subnet: 16 slots, so a /16 VPC gets /20 subnets and a /24 VPC gets
 * /28 subnets (the smallest AWS allows). Public subnets take slots 0-5, private subnets slots 8-13, which
 * leaves room to add AZs later without renumbering existing subnets.
 */
const SUBNET_NEWBITS = 4;
const PRIVATE_OFFSET = 8;
export const MAX_AZS = 6;

/**
 * Carves the subnet layout out of `vpcCidr` for `azCount` AZs. A literal CIDR is computed here, so the
 * synthesized JSON shows the real blocks; a token (e.g. read from remote state) uses `cidrsubnet()`.
 */
export function subnetLayout(vpcCidr: string, azCount: number): SubnetLayout {
  if (!Number.isInteger(azCount) || azCount < 1 || azCount > MAX_AZS) {
    throw new Error(`azCount ${azCount} is out of range; use 1 to ${MAX_AZS} availability zones.`);
  }
  const carve = (netnum: number): string =>
    Token.isUnresolved(vpcCidr)
      ? Fn.cidrsubnet(vpcCidr, SUBNET_NEWBITS, netnum)
      : cidrSubnet(vpcCidr, SUBNET_NEWBITS, netnum);
  const azs = Array.from({ length: azCount }, (_, i) => i);
  return { public: azs.map((i) => carve(i)), private: azs.map((i) => carve(PRIVATE_OFFSET + i)) };
}

/** Terraform's `cidrsubnet(prefix, newbits, netnum)` for IPv4, computed in TypeScript. */
export function cidrSubnet(cidr: string, newbits: number, netnum: number): string {
  const { address, prefix } = parseCidr(cidr);
  const length = prefix + newbits;
  if (length > 28)
    throw new Error(
      `cidrSubnet: ${cidr} plus ${newbits} bits is /${length}; AWS subnets can be at most /28.`,
    );
  if (netnum < 0 || netnum >= 2 ** newbits)
    throw new Error(`cidrSubnet: netnum ${netnum} does not fit in ${newbits} bits.`);
  const network = (address & mask(prefix)) >>> 0;
  const subnet = (network + netnum * 2 ** (32 - length)) >>> 0;
  return `${formatAddress(subnet)}/${length}`;
}

/** Parses `a.b.c.d/n` into a 32-bit address and prefix, with an error naming the bad value. */
export function parseCidr(cidr: string): { address: number; prefix: number } {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  const octets = match ? match.slice(1, 5).map(Number) : [];
  const prefix = match ? Number(match[5]) : NaN;
  if (!match || octets.some((o) => o > 255) || prefix > 32) {
    throw new Error(`'${cidr}' is not an IPv4 CIDR; write it like 10.0.0.0/16.`);
  }
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  return { address, prefix };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

function formatAddress(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.');
}
