/** The resource a value known only after apply belongs to (a ResourceNode of the stack model). */
export interface OriginNode {
  readonly address: string;
}

/**
 * Where a value the engine cannot know comes from. Rules quote it so the author sees which input to
 * make literal (or to look at by hand) instead of a silent pass.
 */
export type UnknownOrigin =
  | { readonly kind: 'variable'; readonly name: string }
  | { readonly kind: 'resource'; readonly node: OriginNode; readonly attribute: string }
  | { readonly kind: 'data'; readonly address: string }
  | { readonly kind: 'remote-state'; readonly name: string; readonly output: string }
  | { readonly kind: 'undeclared'; readonly address: string }
  | { readonly kind: 'template'; readonly parts: readonly (string | Unknown)[] }
  | { readonly kind: 'expression' };

/** A value that is only known at plan or apply time, with the expression and the reason. */
export class Unknown {
  constructor(
    /** The expression as written, e.g. `var.ssh_cidr`. */
    readonly expression: string,
    /** Why it cannot be evaluated, e.g. `variable "ssh_cidr" is set at plan time`. */
    readonly reason: string,
    readonly origin: UnknownOrigin = { kind: 'expression' },
  ) {}

  /** `${var.ssh_cidr} (variable "ssh_cidr" is set at plan time)` */
  describe(): string {
    return `${this.source()} (${this.reason})`;
  }

  /** The expression as the author wrote it: `${var.x}`, or the whole string for a template. */
  source(): string {
    return this.origin.kind === 'template' ? JSON.stringify(this.expression) : `\${${this.expression}}`;
  }
}

/** A string that Terraform builds by JSON-encoding a value (`jsonencode(...)`, a policy document's `.json`). */
export class JsonText {
  constructor(
    readonly value: Value,
    readonly expression: string,
  ) {}
}

export type Value = null | boolean | number | string | Unknown | JsonText | readonly Value[] | ValueRecord;
export interface ValueRecord {
  readonly [key: string]: Value;
}

/** A three-valued answer: true, false, or "cannot tell before apply" (with the reason). */
export type Check = boolean | Unknown;

export function isRecord(value: unknown): value is ValueRecord {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof JsonText)
  );
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

/** True only if every check is true; false if any is false; otherwise the first unknown. */
export function allOf(...checks: readonly Check[]): Check {
  if (checks.some((c) => c === false)) return false;
  return checks.find(isUnknown) ?? true;
}

/** True if any check is true; false if all are false; otherwise the first unknown. */
export function anyOf(checks: readonly Check[]): Check {
  if (checks.some((c) => c === true)) return true;
  return checks.find(isUnknown) ?? false;
}

export function not(check: Check): Check {
  return isUnknown(check) ? check : !check;
}

/** Terraform's boolean conversion: `true`, `"true"`; a missing value takes the provider default. */
export function toBool(value: Value | undefined, fallback: boolean): Check {
  if (value === undefined || value === null) return fallback;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  if (isUnknown(value)) return value;
  return new Unknown(JSON.stringify(value), 'not a boolean');
}

/** A number or a numeric string; undefined when absent. */
export function toNumber(value: Value | undefined): number | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  if (isUnknown(value)) return value;
  return new Unknown(JSON.stringify(value), 'not a number');
}

/** A string (numbers and booleans as Terraform would print them); undefined when absent. */
export function toStr(value: Value | undefined): string | Unknown | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isUnknown(value)) return value;
  if (value instanceof JsonText)
    return knownJson(value) ?? new Unknown(value.expression, 'JSON built from values known after apply');
  return new Unknown(JSON.stringify(value), 'not a string');
}

/** "A string or a list of strings" as IAM and several AWS arguments accept it; absent is empty. */
export function toList(value: Value | undefined): readonly Value[] | Unknown {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) return value as readonly Value[];
  return [value];
}

/** Nested blocks: Terraform JSON accepts one object or an array of objects for a block. */
export function toBlocks(value: Value | undefined): readonly (ValueRecord | Unknown)[] {
  if (value === undefined || value === null) return [];
  if (isUnknown(value)) return [value];
  if (Array.isArray(value)) return (value as readonly Value[]).flatMap((v) => toBlocks(v));
  return isRecord(value) ? [value] : [];
}

/** The JSON text of a fully known value, or undefined when part of it is unknown. */
export function knownJson(value: JsonText): string | undefined {
  const plain = toPlain(value.value);
  return plain === NOT_PLAIN ? undefined : JSON.stringify(plain);
}

const NOT_PLAIN = Symbol('not plain');

function toPlain(value: Value): unknown {
  if (isUnknown(value)) return NOT_PLAIN;
  if (value instanceof JsonText) {
    const text = knownJson(value);
    return text === undefined ? NOT_PLAIN : text;
  }
  if (Array.isArray(value)) {
    const items = (value as readonly Value[]).map(toPlain);
    return items.includes(NOT_PLAIN) ? NOT_PLAIN : items;
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = toPlain(item);
      if (plain === NOT_PLAIN) return NOT_PLAIN;
      out[key] = plain;
    }
    return out;
  }
  return value;
}

/**
 * Whether a string value could equal `target`. A template with some literal text (`arn:aws:s3:::${b.id}/*`)
 * is matched part by part, so it is definitely not `*`; a bare unknown stays unknown.
 */
export function couldEqual(value: string | Unknown, target: string, caseInsensitive = false): Check {
  if (typeof value === 'string')
    return caseInsensitive ? value.toLowerCase() === target.toLowerCase() : value === target;
  if (value.origin.kind !== 'template') return value;
  const pattern = value.origin.parts
    .map((part) => (typeof part === 'string' ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '[\\s\\S]*'))
    .join('');
  return new RegExp(`^${pattern}$`, caseInsensitive ? 'i' : '').test(target) ? value : false;
}

/** A short rendering of a value for messages. */
export function show(value: Value | undefined): string {
  if (value === undefined) return 'unset';
  if (isUnknown(value)) return value.source();
  if (value instanceof JsonText) return `jsonencode(...)`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
