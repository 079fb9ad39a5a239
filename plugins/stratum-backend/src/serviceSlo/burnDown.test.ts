import { burnDown, burnDownStep, pointsByTime } from './burnDown';

describe('burnDownStep', () => {
  it('picks the smallest round step dividing the window into at most 180 points', () => {
    expect(burnDownStep(30 * 86_400)).toBe(21_600); // 30d → 6h: 120 points (3h would be 240)
    expect(burnDownStep(28 * 86_400)).toBe(21_600); // 28d → 6h: 112
    expect(burnDownStep(7 * 86_400)).toBe(3_600); // 7d → 1h: 168
    expect(burnDownStep(86_400)).toBe(600); // 1d → 10m: 144
    expect(burnDownStep(3_600)).toBe(60); // 1h → 1m: 60
  });

  it('takes the smallest fitting step when no round step divides the window', () => {
    // 1001 minutes: 7 × 11 × 13, only 1m divides it, giving 1001 points; 10m gives 100.1
    expect(burnDownStep(1_001 * 60)).toBe(600);
  });
});

describe('burnDown', () => {
  const start = Date.parse('2026-03-01T00:00:00Z');
  const step = 3_600;
  const at = (hours: number) => start + hours * 3_600_000;

  it('sums the events of the steps so far and spends the budget against them', () => {
    // per-second rates over each hour: 10 requests/s throughout; 0.01/s bad in hour 2, 0.05/s in hour 3
    const totalRate = new Map([1, 2, 3].map((h) => [at(h), 10]));
    const badRate = new Map([
      [at(2), 0.01],
      [at(3), 0.05],
    ]);
    const points = burnDown({ start, end: at(3), stepSeconds: step, target: 0.99, badRate, totalRate });
    expect(points.map((p) => p.at)).toEqual([0, 1, 2, 3].map((h) => new Date(at(h)).toISOString()));
    expect(points[0]!.remaining).toBe(1);
    expect(points[1]!.remaining).toBe(1);
    // after 2h: 72,000 requests, 36 bad: ratio 0.0005; 0.0005 / 0.01 = 5% of the budget spent
    expect(points[2]!.remaining).toBeCloseTo(0.95, 12);
    // after 3h: 108,000 requests, 36 + 180 = 216 bad: 0.002 / 0.01 = 20% spent
    expect(points[3]!.remaining).toBeCloseTo(0.8, 12);
  });

  it('has no value until the first event, and treats absent points as no events', () => {
    const totalRate = new Map([[at(2), 1]]);
    const points = burnDown({
      start,
      end: at(2),
      stepSeconds: step,
      target: 0.9,
      badRate: new Map(),
      totalRate,
    });
    expect(points.map((p) => p.remaining)).toEqual([1, null, 1]);
  });
});

describe('pointsByTime', () => {
  it('adds the series of a range answer point by point and drops NaN', () => {
    const map = pointsByTime([
      {
        metric: { code: '200' },
        points: [
          [1_000, 2],
          [2_000, Number.NaN],
        ],
      },
      {
        metric: { code: '500' },
        points: [
          [1_000, 3],
          [2_000, 4],
        ],
      },
    ]);
    expect([...map]).toEqual([
      [1_000, 5],
      [2_000, 4],
    ]);
  });
});
