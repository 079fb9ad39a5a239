/** What a saved plan will do, from `terraform show -json <planfile>`. */
export interface PlanSummary {
  readonly adds: number;
  readonly changes: number;
  readonly destroys: number;
  /** Addresses of resources destroyed and re-created. */
  readonly replaced: string[];
  /** Resources the plan touches, with the actions per address. */
  readonly resources: { readonly address: string; readonly actions: string[] }[];
  /** True when nothing would change (outputs aside). */
  readonly noop: boolean;
}

interface PlanJson {
  resource_changes?: { address: string; mode?: string; change: { actions: string[] } }[];
}

/** Summarises a plan's JSON representation; data sources and no-op/read actions are not counted. */
export function summarizePlan(planJson: string | PlanJson): PlanSummary {
  const plan: PlanJson = typeof planJson === 'string' ? (JSON.parse(planJson) as PlanJson) : planJson;
  let adds = 0;
  let changes = 0;
  let destroys = 0;
  const replaced: string[] = [];
  const resources: { address: string; actions: string[] }[] = [];
  for (const rc of plan.resource_changes ?? []) {
    if (rc.mode === 'data') continue;
    const actions = rc.change.actions;
    if (actions.every((a) => a === 'no-op' || a === 'read')) continue;
    resources.push({ address: rc.address, actions });
    const creates = actions.includes('create');
    const deletes = actions.includes('delete');
    if (creates && deletes) {
      adds++;
      destroys++;
      replaced.push(rc.address);
    } else if (creates) adds++;
    else if (deletes) destroys++;
    else if (actions.includes('update')) changes++;
  }
  return { adds, changes, destroys, replaced, resources, noop: resources.length === 0 };
}
