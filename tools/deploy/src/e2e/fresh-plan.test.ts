import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { e2eSkipReason, World } from './world';

interface PlanReport {
  stacks: {
    project: string;
    stack: string;
    status: string;
    error?: string;
    placeholders?: string[];
    counts?: { adds: number };
  }[];
}

const failures = (report: PlanReport) =>
  report.stacks
    .filter((s) => s.error)
    .map((s) => `${s.stack} ${s.status}: ${s.error}`)
    .join('\n');

/**
 * `stratum plan --all` on an environment where nothing is applied: every stack of the shipped example is planned,
 * the reads of upstream outputs that do not exist yet are unknowns and listed as placeholders.
 */
describe(
  'e2e: a plan of every stack on a fresh environment (real terraform, moto)',
  { skip: e2eSkipReason() },
  () => {
    let world: World;
    before(async () => {
      world = await World.create('fresh-plan', { example: true });
    });
    after(async () => world?.close());

    test('plan --all plans every stack; unapplied upstream outputs are placeholders', async () => {
      const { code, json } = await world.cliJson<PlanReport>('plan', '--env', 'local', '--all');
      assert.equal(code, 0, failures(json));
      assert.ok(json.stacks.length >= 10);
      assert.deepEqual(
        json.stacks.filter((s) => s.status !== 'planned').map((s) => s.stack),
        [],
      );
      const stacks = new Map(json.stacks.map((s) => [s.project, s]));
      assert.equal(stacks.get('network')?.placeholders, undefined, 'the network reads no upstream');
      assert.ok((stacks.get('network')?.counts?.adds ?? 0) > 0);
      for (const s of json.stacks) assert.ok((s.counts?.adds ?? 0) > 0, `${s.stack} creates its resources`);
      assert.ok(
        stacks.get('platform')?.placeholders?.includes('network.vpcId'),
        JSON.stringify(stacks.get('platform')),
      );
      assert.ok(
        json.stacks.filter((s) => s.placeholders).length >= json.stacks.length - 3,
        'every stack with an upstream is planned on placeholders',
      );
    });
  },
);
