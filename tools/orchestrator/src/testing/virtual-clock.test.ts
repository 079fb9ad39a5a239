import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { VirtualClock } from './virtual-clock';

describe('VirtualClock', () => {
  test('timers fire in time order, ties in registration order, and time jumps instead of waiting', async () => {
    const clock = new VirtualClock();
    const fired: string[] = [];
    const at = (label: string, ms: number) =>
      clock.sleep(ms).then(() => fired.push(`${label}@${clock.now()}`));
    const work = Promise.all([at('b', 3_600_000), at('a', 10), at('c', 10)]).then(async () => {
      await clock.sleep(5);
      return clock.now();
    });
    assert.equal(await clock.drive(work), 3_600_005);
    assert.deepEqual(fired, ['a@10', 'c@10', 'b@3600000']);
  });

  test('work waiting on nothing is reported as a deadlock', async () => {
    const clock = new VirtualClock();
    await assert.rejects(clock.drive(new Promise(() => {})), /Simulation deadlock/);
  });
});
