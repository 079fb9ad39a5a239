import { PlanIndex, type PlanJson, type ResourceChange } from './plan-json';
import { priceSide, round, type CostComponent } from './pricers';
import type { PriceSheet } from './sheet';

export type CostAction = 'create' | 'delete' | 'update' | 'replace';

/** The monthly cost change of one resource in a plan. */
export interface ResourceCost {
  readonly address: string;
  readonly type: string;
  readonly action: CostAction;
  readonly monthlyBefore: number;
  readonly monthlyAfter: number;
  readonly monthlyDelta: number;
  readonly components: readonly CostComponent[];
}

/** A resource the sheet cannot price, and why; it is left out of the totals, never counted as 0. */
export interface UnpricedResource {
  readonly address: string;
  readonly type: string;
  readonly reason: string;
}

/** The monthly cost change of one stack's plan. */
export interface StackCost {
  readonly monthlyBefore: number;
  readonly monthlyAfter: number;
  readonly monthlyDelta: number;
  /** Resources whose price changes (creates, deletes, priced updates). */
  readonly resources: readonly ResourceCost[];
  readonly unpriced: readonly UnpricedResource[];
  /** Types in the change charged only by use (requests, GB): their fixed monthly part is 0. */
  readonly usageBased: readonly string[];
}

function actionOf(actions: readonly string[]): CostAction | undefined {
  const creates = actions.includes('create');
  const deletes = actions.includes('delete');
  if (creates && deletes) return 'replace';
  if (creates) return 'create';
  if (deletes) return 'delete';
  if (actions.includes('update')) return 'update';
  return undefined;
}

/**
 * Prices a plan (`terraform show -json <planfile>`) with a price sheet: for every managed resource that is
 * created, deleted, updated or replaced, the monthly cost before and after. Resource kinds the sheet cannot
 * price are listed in `unpriced` and left out of the totals.
 */
export function estimatePlanCost(planJson: string | PlanJson, sheet: PriceSheet): StackCost {
  const plan = new PlanIndex(typeof planJson === 'string' ? (JSON.parse(planJson) as PlanJson) : planJson);
  const resources: ResourceCost[] = [];
  const unpriced: UnpricedResource[] = [];
  const usage = new Set<string>();
  for (const rc of plan.managedChanges()) {
    const action = actionOf(rc.change.actions);
    if (!action) continue;
    const priced = priceChange(rc, action, plan, sheet);
    if ('reason' in priced) {
      unpriced.push(priced);
      continue;
    }
    if (sheet.rows.some((r) => r.resourceType === rc.type && r.basis === 'usage')) usage.add(rc.type);
    if (priced.monthlyBefore !== 0 || priced.monthlyAfter !== 0) resources.push(priced);
  }
  const monthlyBefore = round(resources.reduce((n, r) => n + r.monthlyBefore, 0));
  const monthlyAfter = round(resources.reduce((n, r) => n + r.monthlyAfter, 0));
  return {
    monthlyBefore,
    monthlyAfter,
    monthlyDelta: round(monthlyAfter - monthlyBefore),
    resources,
    unpriced,
    usageBased: [...usage].sort(),
  };
}

function priceChange(
  rc: ResourceChange,
  action: CostAction,
  plan: PlanIndex,
  sheet: PriceSheet,
): ResourceCost | UnpricedResource {
  const before = action === 'create' ? undefined : plan.side(rc, 'before');
  const after = action === 'delete' ? undefined : plan.side(rc, 'after');
  const b = before ? priceSide(before, sheet, plan) : undefined;
  const a = after ? priceSide(after, sheet, plan) : undefined;
  for (const p of [b, a])
    if (p?.kind === 'unpriced') return { address: rc.address, type: rc.type, reason: p.reason };
  const monthlyBefore = b?.kind === 'priced' ? b.monthly : 0;
  const monthlyAfter = a?.kind === 'priced' ? a.monthly : 0;
  return {
    address: rc.address,
    type: rc.type,
    action,
    monthlyBefore,
    monthlyAfter,
    monthlyDelta: round(monthlyAfter - monthlyBefore),
    components: a?.kind === 'priced' ? a.components : b?.kind === 'priced' ? b.components : [],
  };
}
