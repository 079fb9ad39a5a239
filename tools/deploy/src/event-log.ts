import type { Ledger, NewStackEvent, StackStatus } from '@stratum/ledger';

/** Identifies a stack in ledger events. */
export interface StackRef {
  readonly project: string;
  readonly stack: string;
  readonly layer: string;
  readonly region: string;
}

/**
 * Writes stack events to the ledger in the order they happen. Scheduler events arrive synchronously, so
 * writes are queued on one promise chain; `flush` waits for all of them. A failed write is kept (and
 * reported by `failures`), never thrown into the scheduler.
 */
export class EventLog {
  #chain: Promise<void> = Promise.resolve();
  readonly #failures: string[] = [];

  constructor(
    private readonly ledger: Ledger,
    private readonly runId: string,
  ) {}

  record(
    ref: StackRef,
    status: StackStatus,
    extra: Omit<NewStackEvent, 'project' | 'stack' | 'layer' | 'region' | 'status'> = {},
  ): void {
    const at = extra.at ?? new Date();
    const event: NewStackEvent = {
      ...extra,
      project: ref.project,
      stack: ref.stack,
      layer: ref.layer,
      region: ref.region,
      status,
      at,
    };
    this.#chain = this.#chain
      .then(() => this.ledger.recordStackEvent(this.runId, event).then(() => undefined))
      .catch((error: unknown) => {
        this.#failures.push(
          `${ref.stack} ${status}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  }

  async flush(): Promise<void> {
    await this.#chain;
  }

  get failures(): readonly string[] {
    return this.#failures;
  }
}
