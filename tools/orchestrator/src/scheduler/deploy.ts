import { checkConcurrency, createPlan, dependantsIndex } from './plan';
import { byLayerThenName, byRemainingPath } from './priority';
import { ReadyQueue } from './ready-queue';
import { rollBackUnits } from './rollback';
import { errorText, UnitBook } from './unit-book';
import type {
  ApplyResult,
  DeploymentOptions,
  DeploymentPlan,
  DeploymentResult,
  RunStatus,
  StackRunner,
  StackUnit,
  UnitReason,
} from './types';

/**
 * Applies the plan's units in dependency order with bounded concurrency, then, if a unit failed (or the
 * run was cancelled), rolls back every unit this run applied, dependants first.
 *
 * A unit takes a slot only once all its dependencies ended `succeeded` or `unchanged`; ready units start
 * longest-remaining-path first when `expectedDurations` is given, else by layer then name, so the same
 * plan and the same durations give the same event sequence. Running applies are never interrupted.
 * Never rejects for a runner fault: those end as failed units, listed in `errors`.
 */
export async function runDeployment(
  plan: DeploymentPlan,
  runner: StackRunner,
  options: DeploymentOptions = {},
): Promise<DeploymentResult> {
  const { concurrency = 4, rollback = 'run', onEvent, now = Date.now } = options;
  checkConcurrency(concurrency);
  createPlan(plan.units);
  const startedAt = now();
  const book = new UnitBook(plan.units, onEvent, now);
  book.announce();
  const stoppedBy = await applyUnits(plan, runner, book, options);

  let status: RunStatus = 'succeeded';
  if (stoppedBy) {
    status = 'failed';
    if (rollback === 'run') {
      const targets = new Set(plan.units.filter((u) => needsRollback(book, u.id)).map((u) => u.id));
      await rollBackUnits(plan.units, targets, runner, book, concurrency);
      status = [...targets].some((id) => book.status(id) === 'rollback_failed')
        ? 'rollback_failed'
        : 'rolled_back';
    }
  }
  return { status, units: book.outcomes(), errors: book.errors, startedAt, finishedAt: now() };
}

/** A unit this run applied: it succeeded, or it failed without saying it changed nothing. */
function needsRollback(book: UnitBook, id: string): boolean {
  const outcome = book.get(id);
  return outcome.status === 'succeeded' || (outcome.status === 'failed' && outcome.changed !== false);
}

/**
 * The apply phase. Resolves, once nothing runs any more, with the first failure or cancellation
 * (undefined when every unit succeeded or was unchanged).
 */
function applyUnits(
  plan: DeploymentPlan,
  runner: StackRunner,
  book: UnitBook,
  { concurrency = 4, onFailure = 'stop-new', expectedDurations, signal }: DeploymentOptions,
): Promise<UnitReason | undefined> {
  const dependants = dependantsIndex(plan.units);
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const waiting = new Map(plan.units.map((u) => [u.id, u.dependsOn.length]));
  const order = expectedDurations ? byRemainingPath(plan.units, expectedDurations) : byLayerThenName;
  const ready = new ReadyQueue<StackUnit>(order);
  for (const unit of plan.units) if (unit.dependsOn.length === 0) ready.push(unit);
  let running = 0;
  let stoppedBy: UnitReason | undefined;
  let stopNew = false;
  let done = false;

  return new Promise((resolve) => {
    function pump(): void {
      while (!stopNew && running < concurrency && ready.size > 0) {
        const unit = ready.pop()!;
        if (book.status(unit.id) === 'pending') start(unit);
      }
      if (running === 0 && (stopNew || ready.size === 0) && !done) {
        done = true;
        signal?.removeEventListener('abort', cancel);
        resolve(stoppedBy);
      }
    }

    function start(unit: StackUnit): void {
      running++;
      book.set(unit.id, 'running', { startedAt: book.now() });
      void invokeApply(runner, unit, signal).then((result) => settle(unit, result));
    }

    function settle(unit: StackUnit, result: ApplyResult): void {
      running--;
      const { status, error, changed, exitCode } = result;
      book.set(unit.id, status, { applyStatus: status, finishedAt: book.now(), error, changed, exitCode });
      if (status === 'failed') {
        book.error({ unit: unit.id, phase: 'apply', message: `${unit.id}: ${error}` });
        skipDependants(unit.id);
        stoppedBy ??= { kind: 'run-stopped', failed: unit.id };
        if (onFailure === 'stop-new') stop(stoppedBy);
      } else {
        for (const child of dependants.get(unit.id) ?? []) {
          const left = waiting.get(child)! - 1;
          waiting.set(child, left);
          if (left === 0 && book.status(child) === 'pending') ready.push(byId.get(child)!);
        }
      }
      pump();
    }

    /** Every pending unit downstream of `failed` ends skipped, naming the failure and the edge it came by. */
    function skipDependants(failed: string): void {
      const queue: [string, string][] = (dependants.get(failed) ?? []).map((child) => [child, failed]);
      while (queue.length > 0) {
        const [id, via] = queue.shift()!;
        if (book.status(id) !== 'pending') continue;
        book.skip(id, { kind: 'dependency-failed', failed, via });
        for (const child of dependants.get(id) ?? []) queue.push([child, id]);
      }
    }

    /** No new unit starts; everything still pending ends skipped with `reason`. */
    function stop(reason: UnitReason): void {
      stopNew = true;
      for (const unit of plan.units) if (book.status(unit.id) === 'pending') book.skip(unit.id, reason);
    }

    function cancel(): void {
      book.error({
        phase: 'cancelled',
        message: `The run was cancelled: ${errorText(signal?.reason ?? 'aborted')}`,
      });
      stoppedBy ??= { kind: 'cancelled' };
      stop({ kind: 'cancelled' });
      pump();
    }

    if (signal?.aborted) cancel();
    else {
      signal?.addEventListener('abort', cancel, { once: true });
      pump();
    }
  });
}

/** Calls the runner and turns anything it throws or returns wrongly into a failed result. */
async function invokeApply(
  runner: StackRunner,
  unit: StackUnit,
  signal: AbortSignal | undefined,
): Promise<ApplyResult> {
  try {
    const result: unknown = await runner.apply(unit, signal);
    const status = (result as ApplyResult | null)?.status;
    if (status !== 'succeeded' && status !== 'unchanged' && status !== 'failed') {
      return {
        status: 'failed',
        error: `the runner returned ${JSON.stringify(result)} instead of an apply result`,
      };
    }
    const typed = result as ApplyResult;
    if (status === 'failed' && !typed.error)
      return { ...typed, error: 'the runner reported a failure without a reason' };
    return typed;
  } catch (error) {
    return { status: 'failed', error: errorText(error) };
  }
}
