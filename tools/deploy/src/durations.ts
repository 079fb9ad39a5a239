import type { Ledger } from '@stratum/ledger';
import type { StackArtifact } from './stacks';

/**
 * Each unit's measured apply time from the ledger (planning → succeeded, mean over 90 days), keyed by unit
 * id, for the scheduler's longest-remaining-path-first order. Undefined when no stack has history, so the
 * scheduler keeps its layer-then-name order; a ledger that cannot answer never stops a deploy.
 */
export async function measuredDurations(
  ledger: Ledger,
  env: string,
  artifacts: ReadonlyMap<string, StackArtifact>,
): Promise<Map<string, number> | undefined> {
  const measured = await ledger
    .applyDurations(env, [...new Set([...artifacts.values()].map((a) => a.stack))])
    .catch(() => new Map<string, number>());
  const byUnit = new Map<string, number>();
  for (const [unit, artifact] of artifacts) {
    const ms = measured.get(artifact.stack);
    if (ms !== undefined) byUnit.set(unit, ms);
  }
  return byUnit.size > 0 ? byUnit : undefined;
}
