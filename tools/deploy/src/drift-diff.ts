/** One attribute of one resource that differs between the state Terraform recorded and the real resource. */
export interface AttributeDrift {
  readonly address: string;
  readonly attribute: string;
  readonly expected: string;
  readonly actual: string;
}

interface ShowJson {
  resource_drift?: { address: string; change: { actions: string[]; before?: unknown; after?: unknown } }[];
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
      out.push({ address: drift.address, attribute: '(resource)', expected: 'exists', actual: 'deleted outside Terraform' });
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

/** JSON with sorted keys, so equal values compare equal. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  ) ?? 'null';
}
