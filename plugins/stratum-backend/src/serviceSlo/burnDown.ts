import type { BurnDownPoint } from '@stratum/plugin-stratum-common';
import type { RangeSeries } from '../prometheus/client';

/** Steps the burn-down may use, in seconds: round numbers a chart axis reads well. */
const NICE_STEPS = [60, 300, 600, 900, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200, 86_400, 604_800];
/** At most this many steps per chart (30d → 6h steps: 120 points; 1d → 10m: 144). */
const MAX_POINTS = 180;

/**
 * The burn-down step for a window: the smallest round step giving at most 180 points that divides the window, so the
 * buckets tile it exactly; a window no round step divides takes the smallest giving at most 180 points, and the
 * first bucket then starts a little before the window.
 */
export function burnDownStep(windowSeconds: number): number {
  const fits = NICE_STEPS.filter((step) => windowSeconds / step <= MAX_POINTS);
  return fits.find((step) => windowSeconds % step === 0) ?? fits[0] ?? NICE_STEPS[NICE_STEPS.length - 1]!;
}

/** Values of one range series by time (ms); an absent series (no events) is an empty map. */
export function pointsByTime(series: readonly RangeSeries[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const s of series) {
    for (const [at, value] of s.points) {
      if (Number.isFinite(value)) map.set(at, (map.get(at) ?? 0) + value);
    }
  }
  return map;
}

export interface BurnDownInput {
  /** The window start and the evaluation time (ms); `end - start` is a whole number of steps. */
  readonly start: number;
  readonly end: number;
  readonly stepSeconds: number;
  readonly target: number;
  /** Per-second rate of bad events over the step ending at each point. */
  readonly badRate: ReadonlyMap<number, number>;
  /** Per-second rate of all events over the step ending at each point. */
  readonly totalRate: ReadonlyMap<number, number>;
}

/**
 * Budget left at each step from the window start: the bad and total events of the buckets so far summed (rate ×
 * step), then `1 - (bad / total) / (1 - target)`. The first point is the window start (nothing spent yet: 1); the
 * last counts the whole window, so it equals the budget remaining over the window.
 */
export function burnDown(input: BurnDownInput): BurnDownPoint[] {
  const stepMs = input.stepSeconds * 1000;
  const allowed = 1 - input.target;
  const points: BurnDownPoint[] = [{ at: new Date(input.start).toISOString(), remaining: 1 }];
  let bad = 0;
  let total = 0;
  for (let at = input.start + stepMs; at <= input.end; at += stepMs) {
    bad += (input.badRate.get(at) ?? 0) * input.stepSeconds;
    total += (input.totalRate.get(at) ?? 0) * input.stepSeconds;
    points.push({ at: new Date(at).toISOString(), remaining: total > 0 ? 1 - bad / total / allowed : null });
  }
  return points;
}
