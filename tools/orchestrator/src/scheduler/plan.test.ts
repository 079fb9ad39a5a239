import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { UsageError } from '@stratum/config';
import { GraphError } from '@stratum/graph';
import { exampleGraph, graphOf } from '../testing';
import { createPlan, planDeployment } from './plan';

describe('planDeployment', () => {
  test('a subset keeps only edges inside it: dependencies outside are taken as deployed', () => {
    const plan = planDeployment(exampleGraph, {
      projects: ['payments-monitoring', 'payments-app'],
      regions: ['us-east-1'],
    });
    assert.deepEqual(
      plan.units.map((u) => [u.id, u.layer, u.dependsOn]),
      [
        ['payments-app@us-east-1', 'application', []],
        ['payments-monitoring@us-east-1', 'monitoring', ['payments-app@us-east-1']],
      ],
    );
  });

  test('one unit per project and region, in deploy order', () => {
    const plan = planDeployment(exampleGraph, {
      projects: ['platform', 'network'],
      regions: ['us-east-1', 'eu-west-1'],
    });
    assert.deepEqual(
      plan.units.map((u) => `${u.project}/${u.region}`),
      ['network/eu-west-1', 'network/us-east-1', 'platform/eu-west-1', 'platform/us-east-1'],
    );
  });

  test('unknown projects and bad regions are usage errors that say what to do', () => {
    assert.throws(
      () =>
        planDeployment(exampleGraph, { projects: ['netwrok', 'platform', 'ghost'], regions: ['us-east-1'] }),
      (error: unknown) =>
        error instanceof UsageError &&
        /Unknown projects 'ghost', 'netwrok'; known projects: network,/.test(error.message),
    );
    assert.throws(() => planDeployment(exampleGraph, { projects: ['network'], regions: [] }), UsageError);
    assert.throws(
      () => planDeployment(exampleGraph, { projects: ['network'], regions: ['a', 'a'] }),
      /list each region once/,
    );
  });

  test('an invalid graph is refused with every problem', () => {
    const bad = graphOf({ a: ['infrastructure', ['b']], b: ['monitoring', ['a']] });
    assert.throws(() => planDeployment(bad, { projects: ['a'], regions: ['r'] }), GraphError);
  });
});

describe('createPlan', () => {
  test('orders hand-made units and reports duplicates, unknown dependencies and cycles together', () => {
    const plan = createPlan([
      { id: 'b', project: 'b', region: 'r', layer: 'data', dependsOn: ['a'] },
      { id: 'a', project: 'a', region: 'r', layer: 'data', dependsOn: [] },
    ]);
    assert.deepEqual(
      plan.units.map((u) => u.id),
      ['a', 'b'],
    );
    try {
      createPlan([
        { id: 'a', project: 'a', region: 'r', layer: 'data', dependsOn: ['c'] },
        { id: 'c', project: 'c', region: 'r', layer: 'data', dependsOn: ['a', 'x'] },
        { id: 'd', project: 'd', region: 'r', layer: 'data', dependsOn: [] },
        { id: 'd', project: 'd', region: 'r', layer: 'data', dependsOn: [] },
      ]);
      assert.fail('expected a GraphError');
    } catch (error) {
      assert.ok(error instanceof GraphError);
      assert.equal(error.problems.length, 3);
      assert.match(error.message, /'d' appears twice/);
      assert.match(error.message, /'x', which is not a project/);
      assert.match(error.message, /a -> c -> a/);
    }
  });
});
