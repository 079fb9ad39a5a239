/**
 * Which of the values a provider read for an imported resource belong in code a person would write: the
 * provider's schema (`terraform providers schema -json`) says which attributes are computed-only (never
 * written), which are optional and computed (the provider fills them in: omitted unless they name the
 * resource), and which are plain arguments (written when they hold something).
 */

export interface SchemaAttribute {
  readonly type?: unknown;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly deprecated?: boolean;
}

export interface SchemaBlockType {
  readonly nesting_mode?: string;
  readonly min_items?: number;
  readonly max_items?: number;
  readonly block: SchemaBlock;
}

export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, SchemaBlockType>>;
}

/** The block schema of `type` in `terraform providers schema -json` output, or undefined. */
export function resourceSchema(schemaJson: string, type: string): SchemaBlock | undefined {
  const parsed = JSON.parse(schemaJson) as {
    provider_schemas?: Record<string, { resource_schemas?: Record<string, { block?: SchemaBlock }> }>;
  };
  for (const provider of Object.values(parsed.provider_schemas ?? {})) {
    const found = provider.resource_schemas?.[type]?.block;
    if (found) return found;
  }
  return undefined;
}

/** Attributes that name a resource: kept even though the provider could compute them. */
const IDENTITY = new Set(['name', 'bucket']);

/** Nothing worth writing: null, '', false, [] or {}. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * The arguments to write for a resource whose provider-read values are `values`, by snake_case name:
 * required ones; optional ones that hold something; optional-and-computed ones only when they name the
 * resource (`name`, `bucket`) or hold the import id; `keep` names ones a plan showed must be written. Nested
 * blocks are written when required or kept. Computed-only attributes, `id` and `tags_all` never are.
 */
export function writtenArguments(
  schema: SchemaBlock,
  values: Readonly<Record<string, unknown>>,
  options: { readonly importId: string; readonly keep?: ReadonlySet<string> },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keep = options.keep ?? new Set<string>();
  for (const [name, attr] of Object.entries(schema.attributes ?? {})) {
    const value = values[name];
    if (name === 'id' || name === 'tags_all') continue;
    if (keep.has(name)) {
      if (value !== undefined && value !== null) out[name] = value;
      continue;
    }
    if (!attr.required && !attr.optional) continue; // computed only
    if (isEmpty(value) && !attr.required) continue;
    if (attr.optional && attr.computed && !IDENTITY.has(name) && value !== options.importId) continue;
    if (attr.deprecated && !attr.required) continue;
    out[name] = value;
  }
  for (const [name, block] of Object.entries(schema.block_types ?? {})) {
    const value = values[name];
    if (isEmpty(value)) continue;
    if (!keep.has(name) && (block.min_items ?? 0) === 0) continue;
    const items = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
    // A block a plan showed must be written is written whole (what the provider read, minus empty values).
    const nestedKeep = keep.has(name)
      ? new Set([...Object.keys(block.block.attributes ?? {}), ...Object.keys(block.block.block_types ?? {})])
      : undefined;
    out[name] = items.map((item) =>
      writtenArguments(block.block, item, {
        importId: options.importId,
        ...(nestedKeep ? { keep: nestedKeep } : {}),
      }),
    );
  }
  return out;
}

/** Top-level arguments whose planned value differs from the imported one (what writing them would change). */
export function changedArguments(
  before: Readonly<Record<string, unknown>> | null | undefined,
  after: Readonly<Record<string, unknown>> | null | undefined,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .sort();
}
