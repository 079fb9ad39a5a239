// What `stratum plan` needs from outputs as edges: whether to plan a stack, why, and which reads are unknowns.
import type { Ledger } from '@stratum/ledger';
import { ALL_OUTPUTS, consumedOutputs, readLabel, type UpstreamRead } from './output-edges';
import { placeholderConfig, placeholderDir, writePlaceholderStack } from './placeholder-plan';
import { decideStackChange } from './stack-change';
import type { PlanCounts } from './stack-terraform';
import type { StackArtifact } from './stacks';

/** How one stack is planned. */
export interface EdgePlan {
  readonly changed: boolean;
  readonly reasons: string[];
  /** Upstream outputs planned as unknowns: not published yet, or changed by this very plan. */
  readonly placeholders: string[];
  /** The folder terraform plans in: the synth folder, or a placeholder copy when some reads are unknowns. */
  readonly dir: string;
}

export interface EdgePlanOptions {
  readonly root: string;
  readonly env: string;
  readonly stack: StackArtifact;
  readonly ledger?: Ledger;
  readonly force: boolean;
  /** The plan of an upstream stack in this same change (waited for), or undefined when it is not in it. */
  readonly upstreamPlan: (stack: string) => Promise<{ readonly counts?: PlanCounts }> | undefined;
}

/**
 * Decides a stack's plan: planned when its JSON or a digest it reads changed (see `decideChange`), or when an
 * upstream planned in the same change changes an output it reads. Reads of outputs that do not exist yet, or
 * that this change alters, become unknowns: the stack is planned from a placeholder copy whose remote state of
 * those upstreams is read at apply time. That copy is never applied; deploy plans the stack again once its
 * upstreams applied.
 */
export async function planEdges(options: EdgePlanOptions): Promise<EdgePlan> {
  const { stack, ledger, env } = options;
  const decision: { changed: boolean; reasons: string[]; placeholders: string[]; reads: UpstreamRead[] } =
    ledger
      ? await decideStackChange(ledger, env, stack, options.force)
      : {
          changed: true,
          reasons: ['no ledger to compare with'],
          placeholders: [],
          reads: consumedOutputs(stack.json, stack.region),
        };
  const unknown = new Map<string, UpstreamRead>();
  for (const read of decision.reads)
    if (decision.placeholders.includes(readLabel(read))) unknown.set(readLabel(read), read);
  const reasons = [...decision.reasons];
  for (const read of decision.reads) {
    const changed = (await options.upstreamPlan(read.upstreamStack))?.counts?.changedOutputs ?? [];
    if (changed.length === 0 || unknown.has(readLabel(read))) continue;
    if (read.name !== ALL_OUTPUTS && !changed.includes(read.name)) continue;
    unknown.set(readLabel(read), read);
    reasons.push(`${readLabel(read)} changes in this plan`);
  }
  if (!decision.changed && reasons.length === 0)
    return { changed: false, reasons: [], placeholders: [], dir: stack.dir };
  if (unknown.size === 0) return { changed: true, reasons, placeholders: [], dir: stack.dir };
  // A deferred remote state makes every output read from it unknown, not only the missing ones.
  const deferred = new Set([...unknown.values()].map((r) => r.dataSource));
  const placeholders = decision.reads.filter((r) => deferred.has(r.dataSource)).map(readLabel);
  const dir = placeholderDir(options.root, stack.projectRoot, env, stack.stack);
  writePlaceholderStack(dir, placeholderConfig(stack.json, [...deferred]));
  return { changed: true, reasons, placeholders: [...new Set(placeholders)].sort(), dir };
}
