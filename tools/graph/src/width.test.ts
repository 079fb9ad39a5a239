import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Layer } from '@stratum/config';
import { graphWidth, withDependants, type ProjectGraph } from './index';

function graph(spec: Record<string, string[]>, layer: Layer = 'application'): ProjectGraph {
  return {
    projects: Object.entries(spec)
      .map(([name, dependsOn]) => ({ name, root: `x/${name}`, layer, owner: 'team', dependsOn }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The largest set of projects no two of which reach each other, by trying every subset. */
function bruteForceAntichain(g: ProjectGraph): number {
  const names = g.projects.map((p) => p.name);
  const below = new Map(names.map((n) => [n, withDependants(g, [n])]));
  let best = 0;
  for (let mask = 0; mask < 1 << names.length; mask++) {
    const chosen = names.filter((_, i) => mask & (1 << i));
    const free = chosen.every((a) => chosen.every((b) => a === b || !below.get(a)!.has(b)));
    if (free) best = Math.max(best, chosen.length);
  }
  return best;
}

function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('graphWidth', () => {
  test('a chain is one wide; independent projects are all wide', () => {
    assert.deepEqual(graphWidth(graph({ a: [], b: ['a'], c: ['b'] })), {
      antichain: 1,
      widestWave: 1,
      projects: 3,
    });
    assert.equal(graphWidth(graph({ a: [], b: [], c: [] })).antichain, 3);
    assert.deepEqual(graphWidth(graph({})), { antichain: 0, widestWave: 0, projects: 0 });
  });

  test('the antichain counts stacks of different depths that can run together; the waves do not', () => {
    // audit (a slow standalone stack), data (depth 1) and app (depth 2) can all be applying at once.
    const g = graph({
      network: [],
      platform: ['network'],
      data: ['network'],
      app: ['network', 'platform'],
      audit: [],
    });
    const width = graphWidth(g);
    assert.equal(width.antichain, bruteForceAntichain(g));
    assert.deepEqual(width, { antichain: 3, widestWave: 2, projects: 5 });
  });

  test('only the named projects count; edges leaving the set are ignored', () => {
    const g = graph({ shared: [], x: ['shared'], y: ['shared'], z: ['x'] });
    assert.equal(graphWidth(g).antichain, 2);
    assert.deepEqual(graphWidth(g, ['x', 'y', 'z']), { antichain: 2, widestWave: 2, projects: 3 });
    assert.equal(graphWidth(g, ['x', 'z']).antichain, 1);
  });

  test('equals the exhaustive answer on random DAGs', () => {
    const random = seeded(7);
    for (let round = 0; round < 60; round++) {
      const size = 2 + Math.floor(random() * 9);
      const spec: Record<string, string[]> = {};
      for (let i = 0; i < size; i++)
        spec[`p${i}`] = Array.from({ length: i }, (_, j) => `p${j}`).filter(() => random() < 0.3);
      const g = graph(spec);
      const width = graphWidth(g);
      assert.equal(width.antichain, bruteForceAntichain(g), JSON.stringify(spec));
      assert.ok(width.antichain >= width.widestWave);
    }
  });
});
