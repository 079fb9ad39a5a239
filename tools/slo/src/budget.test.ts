import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BURN_RATE_WINDOWS,
  DEFAULT_CONDITIONS,
  budgetConsumed,
  burnRate,
  burnRateThreshold,
  errorBudget,
  remainingErrorBudget,
} from './budget';
import { formatSeconds, parseSloDuration } from './duration';
import { errorRatioQuery, renderQuery } from './prometheus/query';

describe('error budget maths', () => {
  test('the budget is 1 - target, without floating-point noise', () => {
    assert.equal(errorBudget(0.999), 0.001);
    assert.equal(errorBudget(0.995), 0.005);
    assert.equal(errorBudget(0.9), 0.1);
    assert.throws(() => errorBudget(1), /in \(0, 1\); got 1/);
    assert.throws(() => errorBudget(0), RangeError);
  });

  test('burn rate = error ratio / budget; the alert threshold is its inverse', () => {
    assert.equal(burnRate(0.0144, 0.999), 14.4);
    assert.equal(burnRate(0.001, 0.999), 1);
    assert.equal(burnRate(0, 0.999), 0);
    assert.equal(burnRateThreshold(14.4, 0.999), 0.0144);
    assert.equal(burnRateThreshold(6, 0.995), 0.03);
  });

  test('remaining budget: 1 untouched, 0 spent, negative overspent', () => {
    assert.equal(remainingErrorBudget(0, 0.99), 1);
    assert.equal(remainingErrorBudget(0.0025, 0.99), 0.75);
    assert.equal(remainingErrorBudget(0.01, 0.99), 0);
    assert.equal(remainingErrorBudget(0.03, 0.99), -2);
  });

  test('the workbook table spends 2%, 5%, 10% and 10% of a 30-day budget before firing', () => {
    const thirtyDays = 30 * 86_400;
    assert.deepEqual(
      DEFAULT_CONDITIONS.map((c) => [
        c.severity,
        c.burnRate,
        c.longWindow.text,
        c.shortWindow.text,
        budgetConsumed(c, thirtyDays),
      ]),
      [
        ['page', 14.4, '1h', '5m', 0.02],
        ['page', 6, '6h', '30m', 0.05],
        ['ticket', 3, '1d', '2h', 0.1],
        ['ticket', 1, '3d', '6h', 0.1],
      ],
    );
    assert.ok(BURN_RATE_WINDOWS.every((w) => w.longWindowSeconds === 12 * w.shortWindowSeconds));
  });
});

describe('durations and queries', () => {
  test('durations are whole minutes, hours, days or weeks', () => {
    assert.deepEqual(parseSloDuration('30d'), { text: '30d', seconds: 2_592_000 });
    assert.deepEqual(parseSloDuration('2w'), { text: '2w', seconds: 1_209_600 });
    for (const bad of ['0m', '1y', '1.5h', ' 5m', '5', 'm', '1M'])
      assert.equal(parseSloDuration(bad), undefined, bad);
    assert.equal(formatSeconds(7_200), '2h');
    assert.equal(formatSeconds(21_600), '6h');
    assert.equal(formatSeconds(150), '150s');
  });

  test('queries get their range; good SLIs are inverted into an error ratio', () => {
    assert.equal(
      renderQuery('sum(rate(a[{{window}}])) / sum(rate(b[{{window}}]))', '5m'),
      'sum(rate(a[5m])) / sum(rate(b[5m]))',
    );
    const indicator = { name: 'x', displayName: 'x', total: 'sum(rate(all[{{window}}]))' };
    assert.equal(
      errorRatioQuery({ ...indicator, bad: 'sum(rate(err[{{window}}]))' }, '1h'),
      '(sum(rate(err[1h])))\n/\n(sum(rate(all[1h])))',
    );
    assert.equal(
      errorRatioQuery({ ...indicator, good: 'sum(rate(ok[{{window}}]))' }, '1h'),
      '1 - (\n  (sum(rate(ok[1h])))\n  /\n  (sum(rate(all[1h])))\n)',
    );
  });
});
