import { UsageError } from '@stratum/config';
import { checkConcurrency, dependantsIndex } from './plan';
import { byLayerDescThenName } from './priority';
import { ReadyQueue } from './ready-queue';
import { errorText, UnitBook } from './unit-book';
import type {
  DeploymentPlan,
  RollbackResult,
  RollbackRunResult,
  SchedulingOptions,
  StackRunner,
  StackUnit,
} from './types';

/**
 * Rolls back the units `applied` of a finished run, dependants first, with bounded concurrency: a unit
 * rolls back once every unit of the set that depends on it (directly or through units outside the set)
 * rolled back. When a rollback fails, the units it depends on are left alone and end `rollback_failed`
 * too (reason `dependant-rollback-failed`): the stack that failed may still use them.
 */
export async function rollbackRun(
  plan: DeploymentPlan,
  applied: Iterable<string>,
  runner: StackRunner,
  { concurrency = 4, onEvent, now = Date.now }: SchedulingOptions = {},
): Promise<RollbackRunResult> {
  checkConcurrency(concurrency);
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  const targets = new Set(applied);
  const unknown = [...targets].filter((id) => !byId.has(id)).sort();
  if (unknown.length > 0) {
    throw new UsageError(
      `Cannot roll back ${unknown.join(', ')}: not a unit of the run's plan. Pass unit ids as <project>@<region>.`,
    );
  }
  const startedAt = now();
  const book = new UnitBook(
    plan.units.filter((u) => targets.has(u.id)),
    onEvent,
    now,
    'succeeded',
  );
  await rollBackUnits(plan.units, targets, runner, book, concurrency);
  const units = book.outcomes();
  return {
    status: units.some((u) => u.status === 'rollback_failed') ? 'rollback_failed' : 'rolled_back',
    units,
    errors: book.errors,
    startedAt,
    finishedAt: now(),
  };
}

/** The rollback phase, shared with runDeployment: resolves once every target rolled back or was blocked. */
export function rollBackUnits(
  units: readonly StackUnit[],
  targets: ReadonlySet<string>,
  runner: StackRunner,
  book: UnitBook,
  concurrency: number,
): Promise<void> {
  const dependants = nearestTargetDependants(units, targets);
  const dependencies = new Map<string, string[]>();
  const waiting = new Map<string, number>();
  const state = new Map<string, 'waiting' | 'running' | 'done'>();
  const ready = new ReadyQueue<StackUnit>(byLayerDescThenName);
  let running = 0;

  for (const unit of units) {
    if (!targets.has(unit.id)) continue;
    const mine = dependants.get(unit.id) ?? [];
    for (const d of mine) (dependencies.get(d) ?? dependencies.set(d, []).get(d)!).push(unit.id);
    waiting.set(unit.id, mine.length);
    state.set(unit.id, 'waiting');
    if (mine.length === 0) ready.push(unit);
  }

  return new Promise<void>((resolve) => {
    function pump(): void {
      while (running < concurrency && ready.size > 0) start(ready.pop()!);
      if (running === 0 && ready.size === 0) resolve();
    }

    function start(unit: StackUnit): void {
      running++;
      state.set(unit.id, 'running');
      book.set(unit.id, 'rolling_back', { rollbackStartedAt: book.now() });
      void invokeRollback(runner, unit).then((result) => settle(unit, result));
    }

    function settle(unit: StackUnit, result: RollbackResult): void {
      running--;
      state.set(unit.id, 'done');
      if (result.ok) {
        book.set(unit.id, 'rolled_back', { rollbackFinishedAt: book.now() });
        for (const dep of dependencies.get(unit.id) ?? []) {
          const left = waiting.get(dep)! - 1;
          waiting.set(dep, left);
          if (left === 0 && state.get(dep) === 'waiting') ready.push(byUnit(dep));
        }
      } else {
        const error = result.error || 'the runner reported a failed rollback without a reason';
        book.set(unit.id, 'rollback_failed', { rollbackFinishedAt: book.now(), rollbackError: error });
        book.error({ unit: unit.id, phase: 'rollback', message: `${unit.id}: rollback failed: ${error}` });
        block(unit.id);
      }
      pump();
    }

    /** Leaves everything the failed unit depends on in place, transitively. */
    function block(failed: string): void {
      const queue = [...(dependencies.get(failed) ?? [])];
      while (queue.length > 0) {
        const id = queue.shift()!;
        if (state.get(id) !== 'waiting') continue;
        state.set(id, 'done');
        const error = `not rolled back because the rollback of ${failed} failed and it may still use this stack; fix ${failed}, then roll this stack back`;
        book.set(id, 'rollback_failed', {
          reason: { kind: 'dependant-rollback-failed', dependant: failed },
          rollbackError: error,
        });
        book.error({ unit: id, phase: 'rollback', message: `${id}: ${error}` });
        queue.push(...(dependencies.get(id) ?? []));
      }
    }

    pump();
  });

  function byUnit(id: string): StackUnit {
    return book.get(id).unit;
  }
}

async function invokeRollback(runner: StackRunner, unit: StackUnit): Promise<RollbackResult> {
  try {
    const result: unknown = await runner.rollback(unit);
    if (typeof result !== 'object' || result === null || typeof (result as RollbackResult).ok !== 'boolean') {
      return { ok: false, error: `the runner returned ${JSON.stringify(result)} instead of { ok: boolean }` };
    }
    return result as RollbackResult;
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/**
 * For every target, the nearest targets that depend on it: reached along dependant edges, passing through
 * units outside the set (an `unchanged` stack between two applied ones still orders them).
 */
function nearestTargetDependants(
  units: readonly StackUnit[],
  targets: ReadonlySet<string>,
): Map<string, string[]> {
  const dependants = dependantsIndex(units);
  const out = new Map<string, string[]>();
  for (const target of targets) {
    const found = new Set<string>();
    const seen = new Set<string>();
    const stack = [...(dependants.get(target) ?? [])];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (targets.has(id)) found.add(id);
      else stack.push(...(dependants.get(id) ?? []));
    }
    out.set(target, [...found].sort());
  }
  return out;
}
