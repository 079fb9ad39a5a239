import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isRunId, newRunId, runIdTime } from './ids';

test('run ids are 26 Crockford characters that sort by creation time', () => {
  const at = new Date('2031-05-06T07:08:09.010Z');
  const ids = Array.from({ length: 50 }, () => newRunId(at));
  for (const id of ids) assert.ok(isRunId(id), id);
  assert.deepEqual([...ids].sort(), ids, 'same-millisecond ids keep their order');
  assert.equal(new Set(ids).size, ids.length);
  assert.equal(runIdTime(ids[0]!).toISOString(), at.toISOString());
  const later = newRunId(new Date(at.getTime() + 1));
  assert.ok(later > ids[ids.length - 1]!);
  assert.equal(isRunId('01ILLEGALLETTERSUUUUUUUUUU'), false);
  assert.equal(isRunId('short'), false);
});
