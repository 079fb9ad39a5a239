import type { TerraformDocument, TerraformJson } from '@stratum/policy';

interface StateResource {
  readonly address: string;
  readonly mode?: string;
  readonly type: string;
  readonly name: string;
  readonly index?: string | number;
  readonly values?: Record<string, unknown> | null;
}

interface StateModule {
  readonly resources?: readonly StateResource[];
  readonly child_modules?: readonly StateModule[];
}

/**
 * The part of `terraform show -json` that compliance reads: of a refresh-only plan, whose `prior_state` is
 * the state as just read from the cloud (its `planned_values` is empty), or of a state file (`values`).
 */
export interface ShownState {
  readonly prior_state?: { readonly values?: { readonly root_module?: StateModule } };
  readonly values?: { readonly root_module?: StateModule };
}

/** Drops nulls (unset arguments in state) so the policy engine reads them as not configured, as in code. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
    return out;
  }
  return value;
}

function* managed(module: StateModule | undefined): Generator<StateResource> {
  if (!module) return;
  for (const r of module.resources ?? []) if ((r.mode ?? 'managed') === 'managed') yield r;
  for (const child of module.child_modules ?? []) yield* managed(child);
}

/**
 * The deployed state as a Terraform JSON document the policy engine reads like synthesized code: every
 * managed resource's refreshed values become its arguments (nulls dropped, nested blocks as lists), so
 * each rule judges what really runs. Values are concrete, so nothing is unknown and companions link by
 * their literal names. `comment` carries the deployed artifact's `//` metadata, so suppressions declared
 * in code still apply.
 */
export function stateDocument(shown: ShownState, file: string, comment: unknown): TerraformDocument {
  const root = shown.prior_state?.values?.root_module ?? shown.values?.root_module;
  const resource: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const r of managed(root)) {
    const name =
      r.index === undefined ? r.name : `${r.name}_${String(r.index).replace(/[^A-Za-z0-9_-]/g, '_')}`;
    (resource[r.type] ??= {})[name] = withoutNulls(r.values ?? {}) as Record<string, unknown>;
  }
  const json: TerraformJson = {
    resource,
    data: {},
    variable: {},
    locals: {},
    output: {},
    module: {},
    provider: {},
    terraform: {},
    comment,
  };
  return { file, json };
}

/** The cloud id of a resource in the state document (`id`, else `arn`), for findings a person can look up. */
export function resourceIdOf(document: TerraformDocument, address: string): string | null {
  const [type, name] = address.split('.', 2);
  const body = type && name ? document.json.resource[type]?.[name] : undefined;
  const id = body?.['id'] ?? body?.['arn'];
  return typeof id === 'string' ? id : null;
}
