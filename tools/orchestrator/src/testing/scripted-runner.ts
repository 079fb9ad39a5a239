import type { ApplyResult, RollbackResult, StackRunner, StackUnit } from '../scheduler/types';
import type { VirtualClock } from './virtual-clock';

/** What a unit does in a simulation. */
export interface UnitScript {
  /** @default 10 */
  readonly applyMs?: number;
  /** A result, or `'throw'` to make the runner throw. @default { status: 'succeeded' } */
  readonly apply?: ApplyResult | 'throw';
  /** @default 5 */
  readonly rollbackMs?: number;
  /** @default { ok: true } */
  readonly rollback?: RollbackResult | 'throw';
}

/** A runner on a virtual clock that also records what it was asked to do. */
export interface ScriptedRunner extends StackRunner {
  /** `apply:<id>` / `rollback:<id>` in the order the calls started. */
  readonly calls: string[];
  /** Highest number of calls in progress at once. */
  readonly maxRunning: number;
}

/** A fake runner following `script` (by unit id) on simulated time. */
export function scriptedRunner(
  clock: VirtualClock,
  script: Readonly<Record<string, UnitScript>> = {},
): ScriptedRunner {
  const calls: string[] = [];
  let running = 0;
  let maxRunning = 0;

  async function perform<T>(label: string, ms: number, result: T | 'throw'): Promise<T> {
    calls.push(label);
    maxRunning = Math.max(maxRunning, ++running);
    try {
      await clock.sleep(ms);
      if (result === 'throw') throw new Error(`${label} blew up`);
      return result;
    } finally {
      running--;
    }
  }

  return {
    calls,
    get maxRunning() {
      return maxRunning;
    },
    apply(unit: StackUnit) {
      const s = script[unit.id] ?? {};
      return perform(`apply:${unit.id}`, s.applyMs ?? 10, s.apply ?? { status: 'succeeded' });
    },
    rollback(unit: StackUnit) {
      const s = script[unit.id] ?? {};
      return perform(`rollback:${unit.id}`, s.rollbackMs ?? 5, s.rollback ?? { ok: true });
    },
  };
}
