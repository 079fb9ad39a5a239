/** A column type as the linter compares it. */
export interface ColumnType {
  readonly family: 'integer' | 'numeric' | 'float' | 'text' | 'other';
  /** Integers: 2/4/8 bytes; text: max length (Infinity = unbounded); numeric: precision (Infinity = any). */
  readonly size: number;
  /** Numeric scale. */
  readonly scale: number;
  readonly text: string;
}

const INTEGERS: Record<string, number> = {
  smallint: 2,
  int2: 2,
  integer: 4,
  int: 4,
  int4: 4,
  bigint: 8,
  int8: 8,
  smallserial: 2,
  serial: 4,
  bigserial: 8,
};

/** Reads a PostgreSQL type name such as `varchar(50)`, `character varying`, `numeric(10,2)`, `bigint`. */
export function parseColumnType(raw: string): ColumnType {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const args =
    /\(([^)]*)\)/
      .exec(text)?.[1]
      ?.split(',')
      .map((n) => Number(n.trim())) ?? [];
  const base = text.replace(/\(.*\)/, '').trim();
  if (base in INTEGERS) return { family: 'integer', size: INTEGERS[base]!, scale: 0, text };
  if (base === 'numeric' || base === 'decimal')
    return { family: 'numeric', size: args[0] ?? Infinity, scale: args[1] ?? (args[0] ? 0 : Infinity), text };
  if (base === 'real' || base === 'float4') return { family: 'float', size: 4, scale: 0, text };
  if (base === 'double precision' || base === 'float8' || base === 'float')
    return { family: 'float', size: 8, scale: 0, text };
  if (base === 'text' || base === 'varchar' || base === 'character varying')
    return { family: 'text', size: args[0] ?? Infinity, scale: 0, text };
  if (base === 'char' || base === 'character' || base === 'bpchar')
    return { family: 'text', size: args[0] ?? 1, scale: 0, text };
  return { family: 'other', size: 0, scale: 0, text };
}

/**
 * Whether changing a column from `from` to `to` may lose data or fail on existing rows: a smaller integer,
 * a shorter text, less numeric precision or scale, or a change of family other than to unbounded text.
 */
export function isNarrowing(from: ColumnType, to: ColumnType): boolean {
  if (from.text === to.text) return false;
  if (to.family === 'text' && to.size === Infinity) return false;
  if (from.family !== to.family)
    return !(from.family === 'integer' && to.family === 'numeric' && to.size >= 19);
  switch (from.family) {
    case 'integer':
    case 'float':
    case 'text':
      return to.size < from.size;
    case 'numeric':
      return to.size < from.size || to.scale < from.scale;
    default:
      return true;
  }
}
