import { ReadyQueue } from '../scheduler/ready-queue';

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly fire: () => void;
}

/**
 * Simulated time for a discrete event simulation of the real scheduler: `sleep` registers a timer, and
 * `drive` lets every promise continuation run, then jumps to the earliest timer (ties in registration
 * order), until the work settles. The scheduler itself uses no timers, so runs are exact and repeatable.
 */
export class VirtualClock {
  #now = 0;
  #seq = 0;
  readonly #timers = new ReadyQueue<Timer>((a, b) => a.at - b.at || a.seq - b.seq);

  /** Current simulated time in ms; pass as the scheduler's `now`. */
  readonly now = (): number => this.#now;

  /** Resolves once simulated time has advanced by `ms`. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) =>
      this.#timers.push({ at: this.#now + Math.max(0, ms), seq: this.#seq++, fire: resolve }),
    );
  }

  /** Advances simulated time until `work` settles; throws if it waits on nothing (a deadlock). */
  async drive<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    work.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (settled) return work;
      const next = this.#timers.pop();
      if (!next)
        throw new Error('Simulation deadlock: the work is waiting but no simulated timer is pending.');
      this.#now = next.at;
      next.fire();
    }
  }
}
