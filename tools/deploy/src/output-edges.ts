// Outputs as edges: the digests of what a stack publishes and which upstream outputs it reads.
import { createHash } from 'node:crypto';
import { stackName } from '@stratum/constructs';
import { runTerraform, terraformError, type TerraformSettings } from '@stratum/terraform';

/** Stands for "every output of the upstream", when a stack reads the whole `outputs` object. */
export const ALL_OUTPUTS = '*';

/** One upstream output a stack reads through a `terraform_remote_state` data source. */
export interface UpstreamRead {
  /** The data source's name in the stack's JSON, e.g. `remote-state-network`. */
  readonly dataSource: string;
  readonly upstreamProject: string;
  /** The upstream's stack, e.g. `network-us-east-1`. */
  readonly upstreamStack: string;
  /** The Terraform output name (`vpc_cidr`), or `*` for the whole outputs object. */
  readonly name: string;
}

/** JSON with object keys sorted and no whitespace, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The SHA-256 (lowercase hex) of a value's canonical JSON. */
export function outputDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value), 'utf8').digest('hex');
}

/** Output name → digest of its value, from the text `terraform output -json` prints. */
export function publishedDigests(outputJson: string): Record<string, string> {
  const parsed = JSON.parse(outputJson) as Record<string, { value?: unknown }> | null;
  const out: Record<string, string> = {};
  for (const [name, output] of Object.entries(parsed ?? {})) out[name] = outputDigest(output?.value ?? null);
  return out;
}

/** Runs `terraform output -json` in an applied stack's folder and digests every output. */
export async function readPublishedDigests(
  settings: TerraformSettings,
  dir: string,
): Promise<{ ok: true; outputs: Record<string, string> } | { ok: false; error: string }> {
  const result = await runTerraform(settings, ['output', '-json', '-no-color'], dir);
  if (result.exitCode !== 0) return { ok: false, error: `terraform output: ${terraformError(result)}` };
  try {
    return { ok: true, outputs: publishedDigests(result.stdout) };
  } catch (error) {
    return { ok: false, error: `terraform output -json printed no JSON: ${String(error)}` };
  }
}

interface RemoteStateBlock {
  readonly backend?: string;
  readonly config?: { readonly path?: unknown; readonly key?: unknown };
}

const REFERENCE =
  /data\.terraform_remote_state\.([A-Za-z0-9_-]+)\.outputs(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\[\s*"([^"]+)"\s*\])?/g;

/**
 * The upstream outputs a synthesized stack reads: every `${data.terraform_remote_state.X.outputs.Y}` reference
 * outside the data sources themselves, with X resolved to the upstream project and region from the data
 * source's state location (`.../<env>/<region>/<project>.tfstate`). Sorted and without duplicates.
 */
export function consumedOutputs(stackJson: string, region: string): UpstreamRead[] {
  const config = JSON.parse(stackJson) as {
    data?: { terraform_remote_state?: Record<string, RemoteStateBlock> };
  };
  const sources = config.data?.terraform_remote_state ?? {};
  const upstreams = new Map(
    Object.entries(sources).map(([id, block]) => [id, upstreamOf(id, block, region)] as const),
  );
  if (upstreams.size === 0) return [];
  const reads = new Map<string, UpstreamRead>();
  const scan = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const m of value.matchAll(REFERENCE)) {
        const upstream = upstreams.get(m[1]!);
        if (!upstream) continue;
        const name = m[2] ?? m[3] ?? ALL_OUTPUTS;
        reads.set(`${m[1]}\u0000${name}`, { dataSource: m[1]!, ...upstream, name });
      }
    } else if (Array.isArray(value)) value.forEach(scan);
    else if (value && typeof value === 'object') Object.values(value).forEach(scan);
  };
  for (const [key, value] of Object.entries(config)) {
    if (key !== 'data') scan(value);
    else
      for (const [type, blocks] of Object.entries(value as Record<string, unknown>))
        if (type !== 'terraform_remote_state') scan(blocks);
  }
  return [...reads.values()].sort((a, b) =>
    a.upstreamStack === b.upstreamStack
      ? a.name.localeCompare(b.name)
      : a.upstreamStack.localeCompare(b.upstreamStack),
  );
}

/** The project and stack a remote state data source reads, from its state path (local) or key (S3). */
function upstreamOf(
  id: string,
  block: RemoteStateBlock,
  region: string,
): { upstreamProject: string; upstreamStack: string } {
  const location = block.config?.path ?? block.config?.key;
  const parts = typeof location === 'string' ? location.split('/') : [];
  const file = parts.at(-1);
  if (file?.endsWith('.tfstate') && parts.length >= 2) {
    const project = file.slice(0, -'.tfstate'.length);
    return { upstreamProject: project, upstreamStack: stackName(project, parts.at(-2)!) };
  }
  const project = id.replace(/^remote-state-/, '');
  return { upstreamProject: project, upstreamStack: stackName(project, region) };
}

/** How a read is named in reasons and reports: the project and the contract key, e.g. `network.vpcCidr`. */
export function readLabel(read: Pick<UpstreamRead, 'upstreamProject' | 'name'>): string {
  const key =
    read.name === ALL_OUTPUTS
      ? read.name
      : read.name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return `${read.upstreamProject}.${key}`;
}
