import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bake, haltReason, type BakeClock, type BakeEvent } from './bake';
import type { HealthCheck, HealthProblem } from './health';

/** A clock whose sleep moves time forward at once, recording every sleep. */
function fakeClock(start = 1_000_000): BakeClock & { readonly sleeps: number[]; elapsed(): number } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    elapsed: () => now - start,
  };
}

/** A check that answers from a script: round n gets answers[n] (the last one repeats); an Error is thrown. */
function scripted(
  name: string,
  answers: readonly (readonly HealthProblem[] | Error)[],
): HealthCheck & { calls: number } {
  const check = {
    name,
    description: `${name} check`,
    calls: 0,
    async check(): Promise<readonly HealthProblem[]> {
      const answer = answers[Math.min(check.calls, answers.length - 1)]!;
      check.calls++;
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return check;
}

const alarm: HealthProblem = {
  check: 'cw',
  subject: 'CloudWatch alarm orders-5xx (us-east-1)',
  detail: 'in state ALARM',
};

describe('bake', () => {
  test('a healthy region is checked at the start, every interval and at the end, then passes', async () => {
    const clock = fakeClock();
    const cw = scripted('cw', [[]]);
    const events: BakeEvent[] = [];
    const result = await bake({
      region: 'us-east-1',
      seconds: 12,
      intervalSeconds: 5,
      checks: [cw],
      clock,
      onEvent: (e) => events.push(e),
    });
    assert.deepEqual(result, { healthy: true, rounds: 4 });
    assert.deepEqual(clock.sleeps, [5000, 5000, 2000], 'the last sleep is cut to the end of the bake');
    assert.equal(cw.calls, 4);
    assert.equal(clock.elapsed(), 12_000);
    assert.deepEqual(events[0], { kind: 'started', region: 'us-east-1', seconds: 12, checks: ['cw check'] });
  });

  test('the first unhealthy round halts the bake with every problem of that round', async () => {
    const clock = fakeClock();
    const cw = scripted('cw', [[], [], [alarm]]);
    const prom = scripted('prom', [[]]);
    const result = await bake({
      region: 'eu-west-1',
      seconds: 60,
      intervalSeconds: 5,
      checks: [cw, prom],
      clock,
    });
    assert.equal(result.healthy, false);
    assert.ok(!result.healthy);
    assert.equal(result.rounds, 3);
    assert.equal(result.elapsedMs, 10_000);
    assert.deepEqual(result.problems, [alarm]);
    assert.equal(prom.calls, 3, 'every check runs in each round');
    assert.equal(
      haltReason('eu-west-1', 60, result),
      'rollout halted: eu-west-1 became unhealthy 10 s into its 60 s bake: CloudWatch alarm orders-5xx (us-east-1): in state ALARM',
    );
  });

  test('no bake time or no checks: nothing runs', async () => {
    const clock = fakeClock();
    const cw = scripted('cw', [[alarm]]);
    assert.deepEqual(await bake({ region: 'us-east-1', seconds: 0, checks: [cw], clock }), {
      healthy: true,
      rounds: 0,
    });
    assert.deepEqual(await bake({ region: 'us-east-1', seconds: 30, checks: [], clock }), {
      healthy: true,
      rounds: 0,
    });
    assert.equal(cw.calls, 0);
    assert.deepEqual(clock.sleeps, []);
  });

  test('a check that cannot answer is tolerated twice, and halts the bake the third time in a row', async () => {
    const clock = fakeClock();
    const down = new Error('connect ECONNREFUSED 127.0.0.1:9');
    const flaky = scripted('cw', [down, [], down, down, down]);
    const events: BakeEvent[] = [];
    const result = await bake({
      region: 'us-east-1',
      seconds: 300,
      intervalSeconds: 1,
      checks: [flaky],
      clock,
      onEvent: (e) => events.push(e),
    });
    assert.ok(!result.healthy);
    assert.equal(result.rounds, 5, 'an answer in between resets the count');
    assert.match(result.problems[0]!.detail, /could not be checked 3 times in a row: connect ECONNREFUSED/);
    assert.equal(events.filter((e) => e.kind === 'check-error').length, 4);
  });

  test('a cancelled bake is a halt', async () => {
    const clock = fakeClock();
    const controller = new AbortController();
    const cw = scripted('cw', [[]]);
    const stopping: BakeClock = {
      now: clock.now,
      sleep: async (ms, signal) => {
        controller.abort();
        await clock.sleep(ms, signal);
      },
    };
    const result = await bake({
      region: 'us-east-1',
      seconds: 60,
      checks: [cw],
      clock: stopping,
      signal: controller.signal,
    });
    assert.ok(!result.healthy);
    assert.equal(result.problems[0]!.detail, 'cancelled');
  });
});
