import type { StackCost } from './estimate';
import { round } from './pricers';
import type { PriceSheet } from './sheet';

/** A stack's cost with who it belongs to, as the plan report knows it. */
export interface OwnedStackCost {
  readonly stack: string;
  readonly project: string;
  readonly service?: string;
  readonly owner: string;
  readonly cost: StackCost;
}

export interface CostGroup {
  readonly name: string;
  readonly monthlyDelta: number;
  readonly unpricedCount: number;
}

/** The cost section of a change set: totals, and the delta per stack, service and owner group. */
export interface ChangeSetCost {
  readonly priceSheet: { readonly file: string; readonly asOf: string; readonly region: string };
  readonly monthlyBefore: number;
  readonly monthlyAfter: number;
  readonly monthlyDelta: number;
  readonly byStack: readonly CostGroup[];
  readonly byService: readonly CostGroup[];
  readonly byOwner: readonly CostGroup[];
  /** Every resource that could not be priced, with its stack; these are not in the totals. */
  readonly unpriced: readonly {
    readonly stack: string;
    readonly address: string;
    readonly type: string;
    readonly reason: string;
  }[];
  /** Resource types in the change charged only by use. */
  readonly usageBased: readonly string[];
}

function group(
  stacks: readonly OwnedStackCost[],
  keyOf: (s: OwnedStackCost) => string | undefined,
): CostGroup[] {
  const groups = new Map<string, { delta: number; unpriced: number }>();
  for (const s of stacks) {
    const key = keyOf(s);
    if (key === undefined) continue;
    const g = groups.get(key) ?? { delta: 0, unpriced: 0 };
    g.delta += s.cost.monthlyDelta;
    g.unpriced += s.cost.unpriced.length;
    groups.set(key, g);
  }
  return [...groups]
    .map(([name, g]) => ({ name, monthlyDelta: round(g.delta), unpricedCount: g.unpriced }))
    .sort((a, b) => b.monthlyDelta - a.monthlyDelta || a.name.localeCompare(b.name));
}

export function rollUpCosts(stacks: readonly OwnedStackCost[], sheet: PriceSheet): ChangeSetCost {
  const sum = (pick: (c: StackCost) => number) => round(stacks.reduce((n, s) => n + pick(s.cost), 0));
  return {
    priceSheet: { file: sheet.file, asOf: sheet.asOf, region: sheet.region },
    monthlyBefore: sum((c) => c.monthlyBefore),
    monthlyAfter: sum((c) => c.monthlyAfter),
    monthlyDelta: sum((c) => c.monthlyDelta),
    byStack: group(stacks, (s) => s.stack),
    byService: group(stacks, (s) => s.service),
    byOwner: group(stacks, (s) => s.owner),
    unpriced: stacks.flatMap((s) => s.cost.unpriced.map((u) => ({ stack: s.stack, ...u }))),
    usageBased: [...new Set(stacks.flatMap((s) => s.cost.usageBased))].sort(),
  };
}
