/** One attribute of one resource that differs between the state Terraform recorded and the real resource. */
export interface AttributeDrift {
  readonly address: string;
  readonly attribute: string;
  readonly expected: string;
  readonly actual: string;
}

interface ResourceChange {
  address: string;
  mode?: string;
  change: { actions: string[]; before?: unknown; after?: unknown; after_unknown?: unknown };
}

interface ShowJson {
  resource_drift?: ResourceChange[];
  resource_changes?: ResourceChange[];
}

/** Attributes ignored in drift reports: computed bookkeeping that changes without anyone changing anything. */
const NOISE = new Set(['tags_all', 'id', 'arn', 'last_modified', 'etag']);

/**
 * The drifted attributes in a refresh-only plan (`terraform show -json <plan>`): for each drifted resource,
 * every top-level attribute whose recorded value differs from the refreshed one. A deleted resource is
 * reported once with attribute `(resource)`.
 */
export function driftedAttributes(showJson: string | ShowJson): AttributeDrift[] {
  const plan: ShowJson = typeof showJson === 'string' ? (JSON.parse(showJson) as ShowJson) : showJson;
  const out: AttributeDrift[] = [];
  for (const drift of plan.resource_drift ?? []) {
    const before = drift.change.before as Record<string, unknown> | null | undefined;
    const after = drift.change.after as Record<string, unknown> | null | undefined;
    if (before && !after) {
      out.push({
        address: drift.address,
        attribute: '(resource)',
        expected: 'exists',
        actual: 'deleted outside Terraform',
      });
      continue;
    }
    if (!before || !after) continue;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      if (NOISE.has(key)) continue;
      const expected = stable(before[key]);
      const actual = stable(after[key]);
      if (expected !== actual) out.push({ address: drift.address, attribute: key, expected, actual });
    }
  }
  return out;
}

/**
 * What a plan of the deployed configuration would change back (`terraform show -json <plan>`), per resource and
 * top-level attribute: `expected` is the deployed configuration's value, `actual` the real one. A resource the
 * plan creates was deleted outside Terraform; values known only after apply are left out.
 */
export function plannedCorrections(showJson: string | ShowJson): AttributeDrift[] {
  const plan: ShowJson = typeof showJson === 'string' ? (JSON.parse(showJson) as ShowJson) : showJson;
  const out: AttributeDrift[] = [];
  for (const rc of plan.resource_changes ?? []) {
    const actions = rc.change.actions;
    if (rc.mode === 'data' || actions.every((a) => a === 'no-op' || a === 'read')) continue;
    const real = rc.change.before as Record<string, unknown> | null | undefined;
    const wanted = rc.change.after as Record<string, unknown> | null | undefined;
    if (!real) {
      out.push({
        address: rc.address,
        attribute: '(resource)',
        expected: 'exists',
        actual: 'deleted outside Terraform',
      });
      continue;
    }
    if (!wanted) {
      out.push({ address: rc.address, attribute: '(resource)', expected: 'absent', actual: 'exists' });
      continue;
    }
    const unknown = (rc.change.after_unknown ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(real), ...Object.keys(wanted)])].sort();
    for (const key of keys) {
      if (unknown[key] === true) continue;
      const expected = stable(withoutCommitTag(key, wanted[key]));
      const actual = stable(withoutCommitTag(key, real[key]));
      if (expected !== actual) out.push({ address: rc.address, attribute: key, expected, actual });
    }
  }
  return out;
}

/** The tag every resource carries with the commit that applied it (see StratumStack): bookkeeping, not drift. */
const COMMIT_TAG = 'stratum:git-sha';

/**
 * Tags without the commit tag: after a rollback the resources carry the commit of the artifact put back,
 * which the drift plan may not know, and a differing commit tag alone is not a change to the resource.
 */
function withoutCommitTag(key: string, value: unknown): unknown {
  if ((key !== 'tags' && key !== 'tags_all') || !value || typeof value !== 'object') return value;
  const rest = Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter(([k]) => k !== COMMIT_TAG),
  );
  return Object.keys(rest).length === 0 && key === 'tags' ? null : rest;
}

/** JSON with sorted keys, so equal values compare equal. */
function stable(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(
            Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
          )
        : v,
    ) ?? 'null'
  );
}
