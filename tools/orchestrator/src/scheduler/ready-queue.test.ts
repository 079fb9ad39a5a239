import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seededRandom } from '../testing';
import { ReadyQueue } from './ready-queue';

describe('ReadyQueue', () => {
  test('pops in comparator order whatever the push order, interleaved pushes included', () => {
    const random = seededRandom(3);
    const values = Array.from({ length: 200 }, () => Math.floor(random() * 50));
    const queue = new ReadyQueue<number>((a, b) => a - b);
    const popped: number[] = [];
    values.forEach((v, i) => {
      queue.push(v);
      if (i % 3 === 2) popped.push(queue.pop()!);
    });
    while (queue.size > 0) popped.push(queue.pop()!);
    assert.equal(popped.length, values.length);
    assert.deepEqual(
      [...popped].sort((a, b) => a - b),
      [...values].sort((a, b) => a - b),
    );
    assert.equal(queue.pop(), undefined);
  });

  test('drained without interleaving, the order is fully sorted', () => {
    const queue = new ReadyQueue<string>((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const s of ['m', 'c', 'x', 'a', 'q', 'b']) queue.push(s);
    assert.deepEqual(
      Array.from({ length: 6 }, () => queue.pop()),
      ['a', 'b', 'c', 'm', 'q', 'x'],
    );
  });
});
