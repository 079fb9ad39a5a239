// Whether a stack must be planned: its own JSON, and the digests of the upstream outputs it reads.
import type { ConsumedOutput, DeploymentEdges, Ledger } from '@stratum/ledger';
import { ALL_OUTPUTS, consumedOutputs, outputDigest, readLabel, type UpstreamRead } from './output-edges';

/**
 * What the ledger says an upstream stack publishes now: `absent` (never deployed, or destroyed), `unknown`
 * (deployed before output digests were recorded), or the digest of each output.
 */
export type Published =
  | { readonly kind: 'absent' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'known'; readonly outputs: Readonly<Record<string, string>> };

export interface ChangeInput {
  /** The content hash of the stack's synthesized JSON. */
  readonly hash: string;
  /** The stack's own latest deployment in the environment. */
  readonly last: DeploymentEdges | undefined;
  readonly reads: readonly UpstreamRead[];
  /** What each upstream stack publishes now. */
  readonly upstream: (stack: string) => Published;
  /** Plan whatever the ledger says. @default false */
  readonly force?: boolean;
}

export interface ChangeDecision {
  readonly changed: boolean;
  /** Why the stack is planned, e.g. `cdk.tf.json changed`, `network.vpcCidr changed`; empty when unchanged. */
  readonly reasons: string[];
  /** Upstream outputs it reads that do not exist yet (a plan must use unknowns for them), e.g. `network.vpcId`. */
  readonly placeholders: string[];
  /** The digests it reads now, to record with its deployment. */
  readonly inputs: ConsumedOutput[];
}

/** The digest a read sees now: a digest, null when the output does not exist, undefined when unknown. */
function currentDigest(read: UpstreamRead, published: Published): string | null | undefined {
  if (published.kind === 'absent') return null;
  if (published.kind === 'unknown') return undefined;
  if (read.name === ALL_OUTPUTS) return outputDigest(published.outputs);
  return published.outputs[read.name] ?? null;
}

/**
 * Decides whether a stack is planned. It is when forced, never deployed (or destroyed), its JSON differs from
 * its last apply, or an output it reads has a digest other than the one it read then. An upstream re-applied
 * without a change to what the stack reads leaves it unchanged, so re-applying an upstream does not cascade.
 */
export function decideChange(input: ChangeInput): ChangeDecision {
  const inputs: ConsumedOutput[] = [];
  const placeholders: string[] = [];
  const now = new Map<UpstreamRead, string | null | undefined>();
  for (const read of input.reads) {
    const digest = currentDigest(read, input.upstream(read.upstreamStack));
    now.set(read, digest);
    inputs.push({ upstreamStack: read.upstreamStack, name: read.name, digest: digest ?? null });
    if (digest === null) placeholders.push(readLabel(read));
  }
  const result = (reasons: string[]): ChangeDecision => ({
    changed: reasons.length > 0,
    reasons,
    placeholders,
    inputs,
  });
  const deployed = input.last?.deployment;
  if (input.force) return result(['forced']);
  if (!deployed || deployed.artifactHash === null) return result(['not deployed in this environment']);
  if (deployed.artifactHash !== input.hash) return result(['cdk.tf.json changed']);
  if (input.reads.length === 0) return result([]);
  const edges = input.last?.edges;
  if (!edges) return result(['no record of the upstream outputs it read (deployed before output digests)']);
  const before = new Map(edges.inputs.map((i) => [`${i.upstreamStack}\u0000${i.name}`, i.digest]));
  const reasons: string[] = [];
  for (const read of input.reads) {
    const digest = now.get(read);
    if (digest === undefined) continue; // the upstream was not re-applied since digests exist: nothing changed
    const key = `${read.upstreamStack}\u0000${read.name}`;
    if (!before.has(key)) reasons.push(`${readLabel(read)} newly read`);
    else if (before.get(key) !== digest)
      reasons.push(`${readLabel(read)} ${digest === null ? 'no longer published' : 'changed'}`);
  }
  return result(reasons);
}

/** What an upstream stack publishes now, from its latest deployment. */
export function publishedFrom(edges: DeploymentEdges | undefined): Published {
  if (!edges || edges.deployment.artifactHash === null) return { kind: 'absent' };
  if (!edges.edges) return { kind: 'unknown' };
  return { kind: 'known', outputs: edges.edges.outputs };
}

/** Reads the ledger for a stack and its upstreams, then decides (see `decideChange`). */
export async function decideStackChange(
  ledger: Ledger,
  env: string,
  stack: { readonly stack: string; readonly hash: string; readonly json: string; readonly region: string },
  force: boolean,
): Promise<ChangeDecision & { reads: UpstreamRead[] }> {
  const reads = consumedOutputs(stack.json, stack.region);
  const upstreamStacks = [...new Set(reads.map((r) => r.upstreamStack))];
  const [last, ...upstreams] = await Promise.all([
    ledger.lastDeploymentEdges(env, stack.stack),
    ...upstreamStacks.map((s) => ledger.lastDeploymentEdges(env, s)),
  ]);
  const published = new Map(upstreamStacks.map((s, i) => [s, publishedFrom(upstreams[i])]));
  const decision = decideChange({
    hash: stack.hash,
    last,
    reads,
    upstream: (s) => published.get(s) ?? { kind: 'absent' },
    force,
  });
  return { ...decision, reads };
}
