import { deployOrder, deployWaves } from './order';
import { indexByName } from './rules';
import type { ProjectGraph } from './types';

export interface GraphWidth {
  /**
   * The most projects of the set that can run at the same moment in any schedule, whatever each one's
   * duration: the largest antichain (projects no two of which depend on each other, directly or not).
   */
  readonly antichain: number;
  /** The largest wave of `deployWaves` (projects at the same depth): what a layer-by-layer run sees. */
  readonly widestWave: number;
  /** Projects in the set. */
  readonly projects: number;
}

/**
 * How wide the dependency DAG of `names` (default: every project) is. The antichain is exact (Dilworth:
 * projects minus a maximum matching of the reachability relation, by Hopcroft–Karp); it is never below the
 * widest wave, and above it when a long chain runs beside stacks of other depths. Edges to projects outside
 * the set are ignored, as deployOrder does. Assumes a validated (acyclic) graph.
 */
export function graphWidth(graph: ProjectGraph, names?: Iterable<string>): GraphWidth {
  const order = deployOrder(graph, names);
  const waves = deployWaves(graph, order);
  const reach = reachability(graph, order);
  return {
    antichain: order.length - maximumMatching(reach),
    widestWave: Math.max(0, ...waves.map((w) => w.length)),
    projects: order.length,
  };
}

/** For each project (by deploy-order index), the indices of every project that depends on it, transitively. */
function reachability(graph: ProjectGraph, order: readonly string[]): number[][] {
  const byName = indexByName(graph);
  const index = new Map(order.map((name, i) => [name, i]));
  const words = Math.ceil(order.length / 32);
  const bits = order.map(() => new Uint32Array(words));
  // Dependencies come first in deploy order: each project's set is complete before its dependencies read it.
  for (let i = order.length - 1; i >= 0; i--) {
    for (const dep of byName.get(order[i]!)?.dependsOn ?? []) {
      const d = index.get(dep);
      if (d === undefined || d === i) continue;
      const into = bits[d]!;
      const from = bits[i]!;
      for (let w = 0; w < words; w++) into[w]! |= from[w]!;
      into[i >>> 5]! |= 1 << (i & 31);
    }
  }
  return bits.map((row) => {
    const out: number[] = [];
    for (let w = 0; w < words; w++) {
      for (let word = row[w]!; word !== 0; word &= word - 1)
        out.push(w * 32 + (31 - Math.clz32(word & -word)));
    }
    return out;
  });
}

/** Size of a maximum matching of the bipartite graph left i → right j for j in adjacency[i] (Hopcroft–Karp). */
function maximumMatching(adjacency: readonly (readonly number[])[]): number {
  const n = adjacency.length;
  const matchLeft = new Int32Array(n).fill(-1);
  const matchRight = new Int32Array(n).fill(-1);
  const dist = new Int32Array(n);
  const bfs = (): boolean => {
    const queue: number[] = [];
    let found = false;
    for (let u = 0; u < n; u++) {
      dist[u] = matchLeft[u] === -1 ? 0 : -1;
      if (dist[u] === 0) queue.push(u);
    }
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head]!;
      for (const v of adjacency[u]!) {
        const w = matchRight[v]!;
        if (w === -1) found = true;
        else if (dist[w] === -1) {
          dist[w] = dist[u]! + 1;
          queue.push(w);
        }
      }
    }
    return found;
  };
  const dfs = (u: number): boolean => {
    for (const v of adjacency[u]!) {
      const w = matchRight[v]!;
      if (w === -1 || (dist[w] === dist[u]! + 1 && dfs(w))) {
        matchLeft[u] = v;
        matchRight[v] = u;
        return true;
      }
    }
    dist[u] = -1;
    return false;
  };
  let size = 0;
  while (bfs()) for (let u = 0; u < n; u++) if (matchLeft[u] === -1 && dfs(u)) size++;
  return size;
}
