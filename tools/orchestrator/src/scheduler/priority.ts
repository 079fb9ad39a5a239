import { layerRank } from '@stratum/graph';
import { dependantsIndex } from './plan';
import type { StackUnit } from './types';

export type UnitOrder = (a: StackUnit, b: StackUnit) => number;

/** Lower layer first, then name: the default start order of ready units. */
export function byLayerThenName(a: StackUnit, b: StackUnit): number {
  return layerRank(a.layer) - layerRank(b.layer) || compareIds(a, b);
}

/** Higher layer first, then name: the start order of units ready to roll back (dependants first). */
export function byLayerDescThenName(a: StackUnit, b: StackUnit): number {
  return layerRank(b.layer) - layerRank(a.layer) || compareIds(a, b);
}

/**
 * Each unit's remaining path: its expected duration plus the largest remaining path among its dependants, so
 * the chain that bounds the makespan is the highest. Units without an estimate count as the mean of the known
 * estimates (1 when there are none). Also the claim priority of `--executor workers`.
 */
export function remainingPathRanks(
  units: readonly StackUnit[],
  expected: ReadonlyMap<string, number>,
): Map<string, number> {
  const known = units.map((u) => expected.get(u.id)).filter((d): d is number => d !== undefined && d >= 0);
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1;
  const dependants = dependantsIndex(units);
  const byId = new Map(units.map((u) => [u.id, u]));
  const rank = new Map<string, number>();
  const rankOf = (unit: StackUnit): number => {
    const cached = rank.get(unit.id);
    if (cached !== undefined) return cached;
    const own = expected.get(unit.id);
    const tail = Math.max(0, ...(dependants.get(unit.id) ?? []).map((id) => rankOf(byId.get(id)!)));
    const value = (own !== undefined && own >= 0 ? own : fallback) + tail;
    rank.set(unit.id, value);
    return value;
  };
  // Visit in reverse plan order so dependants are ranked before their dependencies (shallow recursion).
  for (let i = units.length - 1; i >= 0; i--) rankOf(units[i]!);
  return rank;
}

/** Longest remaining path first (`remainingPathRanks`); ties: layer, then name. */
export function byRemainingPath(
  units: readonly StackUnit[],
  expected: ReadonlyMap<string, number>,
): UnitOrder {
  const rank = remainingPathRanks(units, expected);
  return function byRemainingPathThenLayer(a, b) {
    return rank.get(b.id)! - rank.get(a.id)! || byLayerThenName(a, b);
  };
}

function compareIds(a: StackUnit, b: StackUnit): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
