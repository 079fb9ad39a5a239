import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layerRank } from '@stratum/graph';
import { DAG_SHAPES, generateDag } from './generate';

describe('generateDag', () => {
  for (const shape of DAG_SHAPES) {
    test(`${shape}: 200 valid units, the same for the same seed`, () => {
      const dag = generateDag(shape, { stacks: 200, seed: 7 });
      assert.equal(dag.plan.units.length, 200);
      assert.equal(dag.durations.size, 200);
      const byId = new Map(dag.plan.units.map((u) => [u.id, u]));
      for (const unit of dag.plan.units) {
        for (const dep of unit.dependsOn) assert.ok(layerRank(byId.get(dep)!.layer) <= layerRank(unit.layer));
      }
      assert.deepEqual(generateDag(shape, { stacks: 200, seed: 7 }).durations, dag.durations);
      assert.notDeepEqual(generateDag(shape, { stacks: 200, seed: 8 }).durations, dag.durations);
    });
  }
});
