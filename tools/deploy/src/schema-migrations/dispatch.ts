import type { StackRunner } from '@stratum/orchestrator';

/** One runner for the whole graph: migrations units go to `migrations`, every other unit to `stacks`. */
export function withSchemaMigrations(stacks: StackRunner, migrations: StackRunner): StackRunner {
  return {
    apply: (unit, signal) =>
      unit.kind === 'migrations' ? migrations.apply(unit, signal) : stacks.apply(unit, signal),
    rollback: (unit) => (unit.kind === 'migrations' ? migrations.rollback(unit) : stacks.rollback(unit)),
  };
}
