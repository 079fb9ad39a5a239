import { changedArguments, isEmpty } from './schema';
import type { ImportTarget } from './request';

/** Provider default tags land here on every resource Stratum manages: a change there is expected on import. */
export const DEFAULT_TAGS_ARGUMENT = 'tags_all';

export interface PlannedImport {
  readonly address: string;
  readonly id: string;
  /** Arguments the plan would change on the imported resource (besides importing it). */
  readonly changes: string[];
  /** What the provider read for it (the plan's `before`). */
  readonly read: Readonly<Record<string, unknown>>;
}

export interface OtherChange {
  readonly address: string;
  readonly actions: string[];
}

/** A plan of a stack with import blocks, judged: what it imports, and everything else it would do. */
export interface ImportPlanCheck {
  readonly imports: PlannedImport[];
  /** Changes to resources that are not imported (or imports that would create, replace or destroy). */
  readonly others: OtherChange[];
  /** Targets the plan does not import. */
  readonly missing: string[];
}

interface ResourceChange {
  address?: string;
  change?: {
    actions?: string[];
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
    importing?: { id?: string };
  };
}

const QUIET = new Set(['no-op', 'read']);

/** Reads `terraform show -json <plan>`: which targets it imports and what else would change. */
export function checkImportPlan(planJson: string, targets: readonly ImportTarget[]): ImportPlanCheck {
  const changes = ((JSON.parse(planJson) as { resource_changes?: ResourceChange[] }).resource_changes ??
    []) as ResourceChange[];
  const wanted = new Map(targets.map((t) => [t.address, t]));
  const imports: PlannedImport[] = [];
  const others: OtherChange[] = [];
  for (const rc of changes) {
    const address = rc.address ?? '?';
    const actions = rc.change?.actions ?? [];
    const importing = rc.change?.importing;
    if (importing && wanted.has(address) && actions.every((a) => a === 'no-op' || a === 'update')) {
      imports.push({
        address,
        id: importing.id ?? wanted.get(address)!.id,
        // An argument the import left unset (e.g. force_destroy, which AWS does not hold) planned to its empty
        // default only settles in the state on apply: no API call, not a change.
        changes: actions.includes('update')
          ? changedArguments(rc.change?.before, rc.change?.after).filter(
              (k) => !((rc.change?.before?.[k] ?? null) === null && isEmpty(rc.change?.after?.[k])),
            )
          : [],
        read: rc.change?.before ?? {},
      });
      continue;
    }
    if (!actions.every((a) => QUIET.has(a))) others.push({ address, actions });
  }
  const found = new Set(imports.map((i) => i.address));
  return { imports, others, missing: targets.map((t) => t.address).filter((a) => !found.has(a)) };
}

/** Why a checked plan cannot be taken as "only the import", or [] when it can. */
export function importPlanProblems(check: ImportPlanCheck): string[] {
  return [
    ...check.missing.map((a) => `${a}: the plan does not import it`),
    ...check.others.map((o) => `${o.address}: would ${o.actions.join(' and ')}`),
    ...check.imports
      .filter((i) => i.changes.some((c) => c !== DEFAULT_TAGS_ARGUMENT))
      .map(
        (i) =>
          `${i.address}: importing it would also change ${i.changes.filter((c) => c !== DEFAULT_TAGS_ARGUMENT).join(', ')}`,
      ),
  ];
}
