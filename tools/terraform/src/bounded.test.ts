import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapBounded } from './bounded';

test('keeps input order and never runs more than the bound at once', async () => {
  let running = 0;
  let most = 0;
  const out = await mapBounded([5, 1, 4, 2, 3], 2, async (n) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, n));
    running--;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30]);
  assert.equal(most, 2);
});

test('an empty list gives an empty result', async () => {
  assert.deepEqual(await mapBounded([], 4, async () => 1), []);
});
