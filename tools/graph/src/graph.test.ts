import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Layer } from '@stratum/config';
import {
  deployOrder,
  deployWaves,
  findCycle,
  GraphError,
  layerViolations,
  teardownOrder,
  validateGraph,
  withDependants,
  withDependencies,
  type ProjectGraph,
} from './index';

function graph(spec: Record<string, [Layer, string[]]>): ProjectGraph {
  return {
    projects: Object.entries(spec)
      .map(([name, [layer, dependsOn]]) => ({ name, root: `x/${name}`, layer, owner: 'team', dependsOn }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const example = graph({
  network: ['infrastructure', []],
  'security-baseline': ['infrastructure', []],
  platform: ['platform', ['network']],
  observability: ['platform', []],
  'payments-data': ['data', ['network']],
  'payments-app': ['application', ['platform', 'payments-data']],
  'payments-monitoring': ['monitoring', ['payments-app', 'observability']],
  'orders-app': ['application', ['platform']],
});

describe('graph rules', () => {
  test('a valid graph passes', () => {
    assert.doesNotThrow(() => validateGraph(example));
    assert.equal(findCycle(example), undefined);
  });

  test('a dependency on a higher layer names both projects and their layers', () => {
    const bad = graph({ network: ['infrastructure', ['payments-app']], 'payments-app': ['application', []] });
    assert.deepEqual(layerViolations(bad).length, 1);
    assert.match(
      layerViolations(bad)[0]!,
      /network \(layer infrastructure\) depends on payments-app \(layer application\)/,
    );
    assert.throws(() => validateGraph(bad), GraphError);
  });

  test('a cycle is reported as a path back to its start', () => {
    const cyclic = graph({ a: ['data', ['b']], b: ['data', ['c']], c: ['data', ['a']], d: ['data', []] });
    assert.deepEqual(findCycle(cyclic), ['a', 'b', 'c', 'a']);
    assert.throws(() => validateGraph(cyclic), /Dependency cycle: a -> b -> c -> a/);
  });

  test('a self-dependency is a cycle', () => {
    assert.deepEqual(findCycle(graph({ a: ['data', ['a']] })), ['a', 'a']);
  });

  test('all problems are reported together, unknown dependencies included', () => {
    const bad = graph({ a: ['infrastructure', ['b', 'ghost']], b: ['monitoring', ['a']] });
    try {
      validateGraph(bad);
      assert.fail('expected a GraphError');
    } catch (error) {
      assert.ok(error instanceof GraphError);
      assert.equal(error.problems.length, 3);
      assert.match(error.message, /'ghost', which is not a project/);
      assert.match(error.message, /Layer violation/);
      assert.match(error.message, /a -> b -> a/);
    }
  });
});

describe('ordering', () => {
  test('dependencies come first; ties break by layer then name', () => {
    assert.deepEqual(deployOrder(example), [
      'network',
      'security-baseline',
      'observability',
      'platform',
      'payments-data',
      'orders-app',
      'payments-app',
      'payments-monitoring',
    ]);
  });

  test('the order is the same whatever order the projects are listed in', () => {
    const shuffled: ProjectGraph = { projects: [...example.projects].reverse() };
    assert.deepEqual(deployOrder(shuffled), deployOrder(example));
  });

  test('a subset ignores edges leaving it; teardown is the reverse', () => {
    assert.deepEqual(deployOrder(example, ['payments-app', 'payments-data']), [
      'payments-data',
      'payments-app',
    ]);
    assert.deepEqual(teardownOrder(example, ['payments-app', 'payments-data']), [
      'payments-app',
      'payments-data',
    ]);
  });

  test('dependants and dependencies closures', () => {
    assert.deepEqual([...withDependants(example, ['payments-data'])].sort(), [
      'payments-app',
      'payments-data',
      'payments-monitoring',
    ]);
    assert.deepEqual([...withDependencies(example, ['payments-app'])].sort(), [
      'network',
      'payments-app',
      'payments-data',
      'platform',
    ]);
  });

  test('waves group projects whose dependencies are all in earlier waves', () => {
    assert.deepEqual(deployWaves(example), [
      ['network', 'security-baseline', 'observability'],
      ['platform', 'payments-data'],
      ['orders-app', 'payments-app'],
      ['payments-monitoring'],
    ]);
  });
});
