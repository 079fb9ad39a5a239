import { describeProblems, type HealthCheck, type HealthProblem } from './health';

/** Where time comes from, so tests run a bake without waiting. */
export interface BakeClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` (or at once when `signal` aborts). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: BakeClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      function done(): void {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    }),
};

/** What a bake reports as it goes, for progress views. */
export type BakeEvent =
  | {
      readonly kind: 'started';
      readonly region: string;
      readonly seconds: number;
      readonly checks: readonly string[];
    }
  | {
      readonly kind: 'checked';
      readonly region: string;
      readonly elapsedMs: number;
      readonly problems: number;
    }
  | { readonly kind: 'check-error'; readonly region: string; readonly check: string; readonly error: string };

export interface BakeOptions {
  readonly region: string;
  /** How long to watch. 0 runs no check at all. */
  readonly seconds: number;
  /** Seconds between rounds of checks. @default 5 */
  readonly intervalSeconds?: number;
  readonly checks: readonly HealthCheck[];
  /** A check that throws this many rounds in a row halts the bake: health that cannot be seen is not health. @default 3 */
  readonly maxCheckErrors?: number;
  /** @default systemClock */
  readonly clock?: BakeClock;
  readonly onEvent?: (event: BakeEvent) => void;
  /** Stops the bake early; an aborted bake is reported as a halt. */
  readonly signal?: AbortSignal;
}

export type BakeResult =
  | { readonly healthy: true; readonly rounds: number }
  | {
      readonly healthy: false;
      readonly rounds: number;
      readonly elapsedMs: number;
      readonly problems: readonly HealthProblem[];
    };

/**
 * Watches a freshly applied region: every check runs once at the start, then every `intervalSeconds` until
 * `seconds` have passed (a last round at the end). The first round with a problem ends the bake unhealthy.
 */
export async function bake(options: BakeOptions): Promise<BakeResult> {
  const { region, seconds, checks, intervalSeconds = 5, maxCheckErrors = 3, clock = systemClock } = options;
  if (seconds <= 0 || checks.length === 0) return { healthy: true, rounds: 0 };
  const start = clock.now();
  const deadline = start + seconds * 1000;
  const errorsInARow = new Map<string, number>();
  options.onEvent?.({ kind: 'started', region, seconds, checks: checks.map((c) => c.description) });
  for (let rounds = 1; ; rounds++) {
    const problems = await checkRound();
    const elapsedMs = clock.now() - start;
    options.onEvent?.({ kind: 'checked', region, elapsedMs, problems: problems.length });
    if (problems.length > 0) return { healthy: false, rounds, elapsedMs, problems };
    if (options.signal?.aborted) {
      const problem = { check: 'bake', subject: `bake of ${region}`, detail: 'cancelled' };
      return { healthy: false, rounds, elapsedMs, problems: [problem] };
    }
    const left = deadline - clock.now();
    if (left <= 0) return { healthy: true, rounds };
    await clock.sleep(Math.min(intervalSeconds * 1000, left), options.signal);
  }

  async function checkRound(): Promise<HealthProblem[]> {
    const results = await Promise.all(checks.map((check) => runCheck(check)));
    return results.flat();
  }

  async function runCheck(check: HealthCheck): Promise<readonly HealthProblem[]> {
    try {
      const found = await check.check(options.signal);
      errorsInARow.delete(check.name);
      return found;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const count = (errorsInARow.get(check.name) ?? 0) + 1;
      errorsInARow.set(check.name, count);
      options.onEvent?.({ kind: 'check-error', region, check: check.name, error: message });
      if (count < maxCheckErrors) return [];
      return [
        {
          check: check.name,
          subject: `${check.description}`,
          detail: `could not be checked ${count} times in a row: ${message}`,
        },
      ];
    }
  }
}

/** The run error of a halted bake: which region, when, and every problem found. */
export function haltReason(
  region: string,
  seconds: number,
  result: Extract<BakeResult, { healthy: false }>,
): string {
  return (
    `rollout halted: ${region} became unhealthy ${Math.round(result.elapsedMs / 1000)} s into its ${seconds} s bake: ` +
    describeProblems(result.problems)
  );
}
