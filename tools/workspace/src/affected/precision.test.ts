import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { computeAffected } from '../index';
import { commitAll, makeRealRepo } from '../testing';

const LAYER = 'tools/constructs/src/layers/network.ts';

describe('affected: synth precision on library changes (real stacks, base synthesized in a checkout)', () => {
  test('a constructs layer edit selects only the stacks whose synthesized JSON changed, and their dependants', async () => {
    const { root, base } = makeRealRepo();
    appendFileSync(join(root, LAYER), '// a comment changes no stack\n');
    const comment = commitAll(root, 'comment');
    const none = await computeAffected(root, { base, head: comment, env: 'local' });
    assert.deepEqual(none.deploy, []);
    assert.ok(none.unchanged.some((u) => u.project === 'network' && u.files.includes(LAYER)));
    assert.equal(none.unchanged.length, 11, 'every real project imports @stratum/constructs');

    const text = readFileSync(join(root, LAYER), 'utf8');
    writeFileSync(join(root, LAYER), text.replace("names.resource('igw')", "names.resource('internet-gw')"));
    const tag = commitAll(root, 'rename the internet gateway tag');
    const result = await computeAffected(root, { base: comment, head: tag, env: 'local' });
    assert.equal(result.deploy[0], 'network');
    assert.equal(result.rules.network, 'library');
    assert.match(
      result.reasons.network!,
      /shared library changed: tools\/constructs\/src\/layers\/network.ts; its synthesized JSON differs from the base/,
    );
    assert.ok(result.deploy.includes('payments-data'), 'a dependant of the network follows');
    assert.equal(result.rules['payments-data'], 'dependant');
    for (const project of ['security-baseline', 'observability']) {
      assert.ok(!result.deploy.includes(project), `${project} neither changed nor depends on the network`);
      assert.ok(result.unchanged.some((u) => u.project === project));
    }
  });
});
