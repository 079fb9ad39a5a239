/** The parts of `terraform show -json <planfile>` that pricing reads. */
export interface PlanJson {
  readonly resource_changes?: readonly ResourceChange[];
  readonly configuration?: { readonly root_module?: { readonly resources?: readonly ConfigResource[] } };
  readonly prior_state?: { readonly values?: { readonly root_module?: StateModule } };
}

export interface ResourceChange {
  readonly address: string;
  readonly mode?: string;
  readonly type: string;
  readonly name?: string;
  readonly change: {
    readonly actions: readonly string[];
    readonly before?: Record<string, unknown> | null;
    readonly after?: Record<string, unknown> | null;
    readonly after_unknown?: Record<string, unknown> | null;
  };
}

interface ConfigResource {
  readonly address: string;
  readonly expressions?: Record<string, { readonly references?: readonly string[] } | unknown>;
}

interface StateModule {
  readonly resources?: readonly { address: string; type: string; values?: Record<string, unknown> }[];
}

/** One side of a change, with what is needed to resolve its references. */
export interface ResourceSide {
  readonly address: string;
  readonly type: string;
  readonly values: Record<string, unknown>;
  /** Attribute names whose value is unknown until apply. */
  readonly unknown: ReadonlySet<string>;
  readonly side: 'before' | 'after';
}

/** Index of a plan: each resource's before and after values, and the references in its configuration. */
export class PlanIndex {
  private readonly changes = new Map<string, ResourceChange>();
  private readonly references = new Map<string, Record<string, readonly string[]>>();
  private readonly prior = new Map<string, { type: string; values: Record<string, unknown> }>();

  constructor(readonly plan: PlanJson) {
    for (const rc of plan.resource_changes ?? []) if (rc.mode !== 'data') this.changes.set(rc.address, rc);
    for (const r of plan.configuration?.root_module?.resources ?? []) {
      const refs: Record<string, readonly string[]> = {};
      for (const [key, expr] of Object.entries(r.expressions ?? {})) {
        const list = (expr as { references?: unknown }).references;
        if (Array.isArray(list)) refs[key] = list.filter((x): x is string => typeof x === 'string');
      }
      this.references.set(r.address, refs);
    }
    for (const r of plan.prior_state?.values?.root_module?.resources ?? [])
      this.prior.set(r.address, { type: r.type, values: r.values ?? {} });
  }

  managedChanges(): ResourceChange[] {
    return [...this.changes.values()];
  }

  side(rc: ResourceChange, side: 'before' | 'after'): ResourceSide | undefined {
    const values = rc.change[side];
    if (!values) return undefined;
    const unknown =
      side === 'after'
        ? new Set(
            Object.entries(rc.change.after_unknown ?? {})
              .filter(([, v]) => v === true)
              .map(([k]) => k),
          )
        : new Set<string>();
    return { address: rc.address, type: rc.type, values, unknown, side };
  }

  /**
   * The resource of `type` that `from`'s `attribute` points at: on the after side by the configuration's
   * reference (`aws_ecs_task_definition.app.arn`), or by the attribute's value matching the other resource's
   * `arn` or `id` (state, before side, or a known after value).
   */
  referenced(from: ResourceSide, attribute: string, type: string): ResourceSide | undefined {
    if (from.side === 'after') {
      const refs = this.references.get(from.address)?.[attribute] ?? [];
      for (const ref of refs) {
        const address = ref.split('.').slice(0, 2).join('.');
        if (!address.startsWith(`${type}.`)) continue;
        const rc = this.changes.get(address);
        const target = rc && this.side(rc, 'after');
        if (target) return target;
      }
    }
    const value = from.values[attribute];
    if (typeof value !== 'string' || value === '') return undefined;
    for (const rc of this.changes.values()) {
      if (rc.type !== type) continue;
      const target = this.side(rc, from.side);
      if (target && (target.values['arn'] === value || target.values['id'] === value)) return target;
    }
    for (const [address, r] of this.prior) {
      if (r.type === type && (r.values['arn'] === value || r.values['id'] === value))
        return { address, type, values: r.values, unknown: new Set(), side: 'before' };
    }
    return undefined;
  }
}
