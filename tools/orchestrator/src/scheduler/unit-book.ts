import type { RunError, SchedulerEvent, StackUnit, UnitOutcome, UnitReason, UnitStatus } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Fields of an outcome that a status change may set. */
export type OutcomePatch = Partial<Omit<UnitOutcome, 'unit' | 'status'>>;

/**
 * The one place a unit's status changes: keeps every outcome, emits one event per change and collects
 * every error of the run. A listener that throws is recorded as an error, never propagated.
 */
export class UnitBook {
  readonly #outcomes = new Map<string, Mutable<UnitOutcome>>();
  readonly #errors: RunError[] = [];
  #listenerFailures = 0;

  constructor(
    units: readonly StackUnit[],
    private readonly onEvent: ((event: SchedulerEvent) => void) | undefined,
    readonly now: () => number,
    initial: UnitStatus = 'pending',
  ) {
    for (const unit of units) this.#outcomes.set(unit.id, { unit, status: initial });
  }

  status(id: string): UnitStatus {
    return this.get(id).status;
  }

  get(id: string): UnitOutcome {
    const outcome = this.#outcomes.get(id);
    if (!outcome) throw new Error(`internal: unit '${id}' is not part of this run`);
    return outcome;
  }

  /** Announces every unit's initial status (so a ledger sees the whole plan before anything starts). */
  announce(): void {
    for (const outcome of this.#outcomes.values())
      this.#emit({ unit: outcome.unit, status: outcome.status, previous: undefined, at: this.now() });
  }

  set(id: string, status: UnitStatus, patch: OutcomePatch = {}): void {
    const outcome = this.#outcomes.get(id);
    if (!outcome) throw new Error(`internal: unit '${id}' is not part of this run`);
    const previous = outcome.status;
    for (const [key, value] of Object.entries(patch))
      if (value !== undefined) Object.assign(outcome, { [key]: value });
    outcome.status = status;
    const event: Mutable<SchedulerEvent> = { unit: outcome.unit, status, previous, at: this.now() };
    if (patch.reason !== undefined) event.reason = patch.reason;
    const error = patch.rollbackError ?? patch.error;
    if (error !== undefined) event.error = error;
    if (patch.exitCode !== undefined) event.exitCode = patch.exitCode;
    if (patch.changed !== undefined) event.changed = patch.changed;
    this.#emit(event);
  }

  skip(id: string, reason: UnitReason): void {
    this.set(id, 'skipped', { reason });
  }

  error(error: RunError): void {
    this.#errors.push(error);
  }

  /** Every error so far; a listener that keeps throwing is reported once, with a count. */
  get errors(): readonly RunError[] {
    if (this.#listenerFailures <= 1) return [...this.#errors];
    const more = this.#listenerFailures - 1;
    return [
      ...this.#errors,
      { phase: 'listener', message: `The event listener threw ${more} more time${more > 1 ? 's' : ''}.` },
    ];
  }

  /** Outcomes in the order the units were given. */
  outcomes(): UnitOutcome[] {
    return [...this.#outcomes.values()].map((o) => ({ ...o }));
  }

  #emit(event: SchedulerEvent): void {
    if (!this.onEvent) return;
    try {
      this.onEvent(event);
    } catch (error) {
      if (++this.#listenerFailures > 1) return;
      this.#errors.push({
        phase: 'listener',
        message: `The event listener threw on ${event.unit.id} → ${event.status}: ${errorText(error)}`,
      });
    }
  }
}

/** The text of anything thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
}
